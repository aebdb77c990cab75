package io.github.ftpreply.benchmarks;

import java.nio.charset.StandardCharsets;

/**
 * The bytes a client reads on the control connection of realistic sessions: a multi-line banner and welcome,
 * FEAT, then directory listings and transfers through passive mode, SIZE and MDTM, an occasional error and a
 * multi-line HELP, and QUIT: 121 replies a session, 4 of them multi-line (3 to 8 lines). No 421: Commons Net throws
 * {@code FTPConnectionClosedException} for it, so it is left out of the stream that both parsers read.
 */
final class SessionStream {
    /** Sessions in the stream: enough that per-stream set-up (readers, buffers) is spread thin. */
    static final int SESSIONS = 16;
    /** Directory-and-transfer rounds per session. */
    static final int ROUNDS = 12;

    private SessionStream() {}

    static String text() {
        StringBuilder wire = new StringBuilder();
        for (int session = 0; session < SESSIONS; session++) {
            wire.append("220-Welcome to the example.com archive.\r\n")
                    .append("220-All transfers are logged. Disconnect now if you do not agree.\r\n")
                    .append("220 FTP server ready.\r\n")
                    .append("331 Password required for alice\r\n")
                    .append("230-Last login: Tue Mar  4 09:12:55 2025 from 192.0.2.17\r\n")
                    .append("230 User alice logged in\r\n")
                    .append("215 UNIX Type: L8\r\n")
                    .append("211-Features:\r\n EPSV\r\n MDTM\r\n MLST type*;size*;modify*;\r\n REST STREAM\r\n")
                    .append(" SIZE\r\n UTF8\r\n211 End\r\n")
                    .append("200 UTF8 set to on\r\n")
                    .append("257 \"/home/alice\" is the current directory\r\n")
                    .append("200 Type set to I\r\n");
            for (int round = 0; round < ROUNDS; round++) {
                wire.append("250 CWD command successful\r\n")
                        .append("229 Entering Extended Passive Mode (|||5")
                        .append(1000 + round)
                        .append("|)\r\n")
                        .append("150 Opening BINARY mode data connection for file list\r\n")
                        .append("226 Transfer complete\r\n")
                        .append("213 ")
                        .append(20480 + round * 37)
                        .append("\r\n")
                        .append("213 202501")
                        .append(10 + round)
                        .append("120000\r\n")
                        .append("227 Entering Passive Mode (192,0,2,10,195,")
                        .append(80 + round)
                        .append(").\r\n")
                        .append("150 Opening BINARY mode data connection for report-")
                        .append(round)
                        .append(".csv (20480 bytes)\r\n")
                        .append("226 Transfer complete\r\n");
                if (round % 4 == 3) {
                    wire.append("550 old-").append(round).append(".txt: No such file or directory\r\n");
                }
            }
            wire.append("214-The following commands are recognized (* =>'s unimplemented):\r\n")
                    .append(" CWD     XCWD    CDUP    XCUP    SMNT*   QUIT    PORT    PASV\r\n")
                    .append(" EPRT    EPSV    ALLO*   RNFR    RNTO    DELE    MDTM    RMD\r\n")
                    .append(" XRMD    MKD     XMKD    PWD     XPWD    SIZE    SYST    HELP\r\n")
                    .append("214 Direct comments to root@example.com\r\n")
                    .append("221 Goodbye.\r\n");
        }
        return wire.toString();
    }

    static byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }
}
