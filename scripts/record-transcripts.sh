#!/usr/bin/env bash
# Records what real FTP servers send, for the parser's replay tests (runtime/src/test/resources/transcripts/).
#
# Needs root on a throwaway Debian 12 machine: it runs `apt-get update`, unpacks vsftpd, ProFTPD, Pure-FTPd,
# GNU inetutils ftpd and pyftpdlib with `apt-get download` + `dpkg-deb -x` into a temporary directory (the packages
# conflict with each other as installed packages, and unpacking runs no maintainer script, so no service starts),
# installs the few shared libraries they need, and adds a test user `ftpreply` (removed at the end). Each server
# listens on 127.0.0.1 only, on ports 2121.. with passive ports 30000-30100, in two configurations: `default`
# (the package's defaults, only address, port and write access set) and `messages` (a multi-line banner or login
# message and a directory message). scripts/record_session.py then runs the scripted session and writes one
# directory per server+configuration. Every server is stopped before the script exits.
#
# Usage: scripts/record-transcripts.sh [OUTDIR]   (default: runtime/src/test/resources/transcripts)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
out="$(realpath -m "${1:-$here/../runtime/src/test/resources/transcripts}")"
work="$(mktemp -d /tmp/ftpreply-record.XXXXXX)"
root="$work/root"
chmod 755 "$work"  # the test user reaches its home below it
user=ftpreply
password=ftpreply-test
pids=()

cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    userdel "$user" 2>/dev/null || true
    [ -f "$work/made-ftpwelcome" ] && rm -f /etc/ftpwelcome
    rm -f /etc/pam.d/ftpreply-vsftpd
    rm -rf "$work"
}
trap cleanup EXIT

packages=(vsftpd proftpd-core pure-ftpd inetutils-ftpd python3-pyftpdlib)
apt-get update -qq
(cd "$work" && apt-get download -qq "${packages[@]}")
for deb in "$work"/*.deb; do dpkg-deb -x "$deb" "$root"; done
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    libwrap0 libhiredis0.14 libmemcached11 libmemcachedutil2 libpcre2-posix3 >/dev/null
version() { dpkg-deb -f "$work"/"$1"_*.deb Version; }

useradd -M -d "$work/home" -s /bin/bash "$user"
echo "$user:$password" | chpasswd
cp "$root/etc/pam.d/vsftpd" /etc/pam.d/ftpreply-vsftpd
sed -i '/pam_listfile/d' /etc/pam.d/ftpreply-vsftpd
mkdir -p "$work/empty" "$work/run"

reset_home() { # a fresh home with msgdir/.message (and the messages a configuration shows)
    rm -rf "$work/home"
    mkdir -p "$work/home/msgdir"
    printf 'This is msgdir.\nIts .message has two lines.\n' >"$work/home/msgdir/.message"
    chown -R "$user" "$work/home"
}
printf 'Welcome to the ftpreply recording.\nThis banner has three lines,\nthe last one short.\n' >"$work/banner.txt"
printf 'Login message, line one.\n230 is not the start of a reply here.\nLast line.\n' >"$work/login.txt"

wait_port() { for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.2; done; return 1; }
record() { # port server-version config-name description
    wait_port "$1"
    python3 "$here/record_session.py" "$1" "$user" "$password" "$out/$3" "$2" "$4"
    kill "${pids[-1]}" 2>/dev/null || true
    wait "${pids[-1]}" 2>/dev/null || true
    sleep 0.5
}
rm -rf "$out"/*/
mkdir -p "$out"

# vsftpd: Debian's vsftpd.conf (dirmessage_enable=YES), then our overrides (later lines win).
for config in default messages; do
    reset_home
    conf="$work/vsftpd-$config.conf"
    { cat "$root/etc/vsftpd.conf"
      printf 'listen=YES\nlisten_ipv6=NO\nlisten_address=127.0.0.1\nlisten_port=2121\nbackground=NO\n'
      printf 'write_enable=YES\nconnect_from_port_20=NO\nxferlog_enable=NO\nseccomp_sandbox=NO\n'
      printf 'pasv_min_port=30000\npasv_max_port=30100\nsecure_chroot_dir=%s\npam_service_name=ftpreply-vsftpd\n' "$work/empty"
      [ "$config" = messages ] && printf 'banner_file=%s\n' "$work/banner.txt"
    } >"$conf"
    "$root/usr/sbin/vsftpd" "$conf" & pids+=($!)
    record 2121 "vsftpd $(version vsftpd)" "vsftpd-$config" "Debian vsftpd.conf, listen 127.0.0.1, write_enable$([ "$config" = messages ] && echo ", banner_file")"
done

# ProFTPD: the settings of Debian's proftpd.conf that shape replies (DisplayLogin welcome.msg, DisplayChdir .message).
for config in default messages; do
    reset_home
    [ "$config" = messages ] && cp "$work/login.txt" "$work/home/welcome.msg" && chown "$user" "$work/home/welcome.msg"
    conf="$work/proftpd-$config.conf"
    cat >"$conf" <<CONF
ServerName "Debian"
ServerType standalone
DefaultAddress 127.0.0.1
SocketBindTight on
Port 2122
UseIPv6 off
User nobody
Group nogroup
Umask 022 022
AllowOverwrite on
DisplayLogin welcome.msg
DisplayChdir .message true
ListOptions "-l"
PassivePorts 30000 30100
RequireValidShell off
ScoreboardFile $work/run/proftpd.scoreboard
PidFile $work/run/proftpd.pid
DelayTable none
WtmpLog off
<IfModule mod_auth_pam.c>
AuthPAM off
</IfModule>
CONF
    [ "$config" = messages ] && printf 'DisplayConnect %s\n' "$work/banner.txt" >>"$conf"
    "$root/usr/sbin/proftpd" -n -q -c "$conf" & pids+=($!)
    record 2122 "ProFTPD $(version proftpd-core)" "proftpd-$config" "Debian proftpd.conf display settings$([ "$config" = messages ] && echo ", DisplayConnect, welcome.msg")"
done

# Pure-FTPd: the defaults (`pure-ftpd -l unix`); messages: a login "fortune" (-F); .message is always shown.
for config in default messages; do
    reset_home
    extra=()
    [ "$config" = messages ] && extra=(-F "$work/login.txt")
    "$root/usr/sbin/pure-ftpd" -S 127.0.0.1,2123 -l unix -p 30000:30100 "${extra[@]}" & pids+=($!)
    record 2123 "Pure-FTPd $(version pure-ftpd)" "pure-ftpd-$config" "pure-ftpd -l unix$([ "$config" = messages ] && echo " -F login file")"
done

# GNU inetutils ftpd, started per connection as inetd would (it has no option to listen on one address).
# default: /etc/motd as login message (the system's); messages: /etc/ftpwelcome as multi-line banner too.
for config in default messages; do
    reset_home
    if [ "$config" = messages ] && [ ! -e /etc/ftpwelcome ]; then
        cp "$work/banner.txt" /etc/ftpwelcome && touch "$work/made-ftpwelcome"
    fi
    python3 - "$root/usr/sbin/ftpd" <<'PY' & pids+=($!)
import socket, subprocess, sys
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("127.0.0.1", 2124)); s.listen(1)
while True:
    c, _ = s.accept()
    subprocess.Popen([sys.argv[1]], stdin=c.fileno(), stdout=c.fileno(), stderr=subprocess.DEVNULL).wait()
    c.close()
PY
    record 2124 "GNU inetutils ftpd $(version inetutils-ftpd)" "inetutils-ftpd-$config" "ftpd under an inetd-style listener$([ "$config" = messages ] && echo ", /etc/ftpwelcome")"
    [ -f "$work/made-ftpwelcome" ] && rm -f /etc/ftpwelcome "$work/made-ftpwelcome"
done

# pyftpdlib: FTPHandler defaults; messages: a two-line banner (pyftpdlib joins its lines with a bare LF).
for config in default messages; do
    reset_home
    banner=""
    [ "$config" = messages ] && banner=$'pyftpdlib loopback test server.\nSecond banner line.'
    PYTHONPATH="$root/usr/lib/python3/dist-packages" python3 - "$work/home" "$user" "$password" "$banner" <<'PY' & pids+=($!)
import sys
from pyftpdlib.authorizers import DummyAuthorizer
from pyftpdlib.handlers import FTPHandler
from pyftpdlib.servers import FTPServer
home, user, password, banner = sys.argv[1:5]
authorizer = DummyAuthorizer(); authorizer.add_user(user, password, home, perm="elradfmwMT")
FTPHandler.authorizer = authorizer
FTPHandler.passive_ports = range(30000, 30101)
if banner:
    FTPHandler.banner = banner
FTPServer(("127.0.0.1", 2125), FTPHandler).serve_forever()
PY
    record 2125 "pyftpdlib $(version python3-pyftpdlib)" "pyftpdlib-$config" "FTPHandler defaults${banner:+, two-line banner}"
done
echo "transcripts written to $out"
