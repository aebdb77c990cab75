#!/usr/bin/env python3
"""Runs one scripted FTP session against a server on 127.0.0.1 and saves the raw bytes of every answer.

Usage: record_session.py PORT USER PASSWORD OUTDIR "SERVER VERSION" CONFIG-DESCRIPTION

Writes OUTDIR/index.txt and OUTDIR/NN.bin (see runtime/src/test/resources/transcripts/README.md for the format).
An answer is every byte the server sent on the control connection from the command until it fell silent
(IDLE seconds after the last byte, FIRST seconds at most for the first byte), so a file may hold two replies
(150 then 226) and nothing here parses FTP replies: the recording does not depend on the parser under test.
"""
import os
import re
import socket
import sys
import time

FIRST = 6.0
IDLE = 0.5


def read_answer(sock, first=FIRST):
    data = b""
    sock.settimeout(first)
    try:
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
            sock.settimeout(IDLE)
    except socket.timeout:
        pass
    return data


def data_address(command, answer):
    if command.startswith("EPSV"):
        m = re.search(rb"\(\|\|\|(\d+)\|\)", answer)
        return ("127.0.0.1", int(m.group(1))) if m else None
    m = re.search(rb"(\d+),(\d+),(\d+),(\d+),(\d+),(\d+)", answer)
    return ("127.0.0.1", int(m.group(5)) * 256 + int(m.group(6))) if m else None


def main():
    port, user, password, outdir, server, config = sys.argv[1:7]
    os.makedirs(outdir, exist_ok=True)
    latin1_dir = b"caf\xe9"
    utf8_dir = "café-ü".encode("utf-8")
    session = [
        b"USER " + user.encode() + b"x", b"PASS wrong",
        b"USER " + user.encode(), b"PASS " + password.encode(),
        b"SYST", b"FEAT", b"OPTS UTF8 ON", b"HELP", b"STAT", b"PWD",
        b'MKD say "hi"', b'CWD say "hi"', b"PWD", b"CWD ..", b"MKD " + utf8_dir, b"CWD " + utf8_dir, b"PWD",
        b"CWD ..", b"MKD " + latin1_dir, b"CWD " + latin1_dir, b"PWD", b"CWD ..",
        b"CWD msgdir", b"CWD ..",
        b"TYPE I", b"PASV", b"STOR hello.txt", b"EPSV", b"LIST", b"PASV", b"MLSD", b"EPSV", b"RETR hello.txt",
        b"PASV", b"RETR missing.txt",
        b"SIZE hello.txt", b"MDTM hello.txt", b"REST abc", b"RNFR missing.txt", b"DELE missing.txt",
        b"XYZZY", b"NOOP", b"QUIT",
    ]
    sock = socket.create_connection(("127.0.0.1", int(port)), timeout=FIRST)
    entries = []

    def save(label, answer):
        n = len(entries)
        with open(os.path.join(outdir, "%02d.bin" % n), "wb") as f:
            f.write(answer)
        entries.append("%02d.bin %s" % (n, label))

    save("(greeting)", read_answer(sock))
    pending = None
    for command in session:
        try:
            sock.sendall(command + b"\r\n")
        except OSError:
            break  # the server closed the connection; the index ends here
        label = command.decode("latin-1")
        if command.startswith(b"PASS " + password.encode()) or command.startswith(b"PASS wrong"):
            answer = read_answer(sock, first=FIRST)
        else:
            answer = read_answer(sock)
        if command in (b"PASV", b"EPSV"):
            address = data_address(command.decode(), answer)
            pending = socket.create_connection(address, timeout=FIRST) if address else None
        elif pending is not None and re.match(rb"(STOR|LIST|MLSD|RETR)", command):
            if command.startswith(b"STOR"):
                pending.sendall(b"hello, world\r\n")
                pending.close()
            else:
                pending.settimeout(FIRST)
                try:
                    while pending.recv(65536):
                        pass
                except OSError:  # a timeout, or a reset when the transfer failed
                    pass
                pending.close()
            pending = None
            answer += read_answer(sock, first=2.0)
        # Escape the label: a command line may hold any byte, the index is one line per answer.
        save(label.encode("unicode_escape").decode("ascii"), answer)
    sock.close()
    with open(os.path.join(outdir, "index.txt"), "w", encoding="ascii") as f:
        f.write("# server: %s\n# config: %s\n# recorded: scripts/record-transcripts.sh\n" % (server, config))
        f.write("\n".join(entries) + "\n")


if __name__ == "__main__":
    main()
