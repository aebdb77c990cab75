package com.acme;

import io.github.ftpreply.FtpReplyCatalog;

@FtpReplyCatalog(enumName = "AcmeReplyCode", yaml = """
        schema: 1
        exclude: [631, 632, 633]
        codes:
          - code: 530
            override: true
            text: "Please log in with USER and PASS."
        """)
public interface AcmeCatalog {}
