package io.socialmaturity.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which addresses a webhook may go to, as a plain function: only public unicast ones. Refused: 0.0.0.0/8, 10/8,
 * 100.64/10 (carrier-grade NAT), 127/8, 169.254/16 (link-local, cloud metadata), 172.16/12, 192.0.0/24, 192.168/16,
 * 198.18/15, 224/4 and above (multicast, reserved, broadcast); ::, ::1, fc00::/7, fe80::/10, fec0::/10, ff00::/8, and
 * IPv6 forms that carry an IPv4 address (IPv4-mapped ::ffff:0:0/96, IPv4-compatible ::/96, 6to4 2002::/16, NAT64
 * 64:ff9b::/96) when that IPv4 address is refused.
 */
final class AddressPolicy {

    private AddressPolicy() {}

    static boolean isPublic(InetAddress address) {
        if (address instanceof Inet4Address v4) {
            return isPublicV4(v4.getAddress());
        }
        if (address instanceof Inet6Address v6) {
            return isPublicV6(v6.getAddress());
        }
        return false;
    }

    static boolean isPublicV4(byte[] a) {
        int b0 = a[0] & 0xff;
        int b1 = a[1] & 0xff;
        int b2 = a[2] & 0xff;
        if (b0 == 0 || b0 == 10 || b0 == 127 || b0 >= 224) {
            return false;
        }
        if (b0 == 100 && b1 >= 64 && b1 <= 127) {
            return false;
        }
        if (b0 == 169 && b1 == 254) {
            return false;
        }
        if (b0 == 172 && b1 >= 16 && b1 <= 31) {
            return false;
        }
        if (b0 == 192 && b1 == 168) {
            return false;
        }
        if (b0 == 192 && b1 == 0 && b2 == 0) {
            return false;
        }
        return !(b0 == 198 && (b1 == 18 || b1 == 19));
    }

    static boolean isPublicV6(byte[] a) {
        int first = a[0] & 0xff;
        int second = a[1] & 0xff;
        if (first == 0xff) {
            return false; // multicast
        }
        if ((first & 0xfe) == 0xfc) {
            return false; // fc00::/7 unique local
        }
        if (first == 0xfe && (second & 0xc0) == 0x80) {
            return false; // fe80::/10 link-local
        }
        if (first == 0xfe && (second & 0xc0) == 0xc0) {
            return false; // fec0::/10 site-local (deprecated)
        }
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= a[i] == 0;
        }
        if (firstTenZero && (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff) {
            return isPublicV4(new byte[] {a[12], a[13], a[14], a[15]}); // ::ffff:a.b.c.d
        }
        if (firstTenZero && a[10] == 0 && a[11] == 0) {
            return false; // ::, ::1 and the deprecated IPv4-compatible ::a.b.c.d
        }
        if (first == 0x20 && second == 0x02) {
            return isPublicV4(new byte[] {a[2], a[3], a[4], a[5]}); // 6to4
        }
        if (first == 0x00 && second == 0x64 && (a[2] & 0xff) == 0xff && (a[3] & 0xff) == 0x9b) {
            return isPublicV4(new byte[] {a[12], a[13], a[14], a[15]}); // NAT64
        }
        return true;
    }
}
