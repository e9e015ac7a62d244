/* Wine 8 (Debian 12) lacks bcryptprimitives.dll, which Rust's standard library imports for
 * ProcessPrng since Rust 1.78. This test-only stand-in forwards to RtlGenRandom
 * (advapi32!SystemFunction036), which Wine has. It is installed into the Wine prefix that runs
 * the Windows build's tests (.ci/windows); it never ships. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len > 0) {
        ULONG n = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (!SystemFunction036(data, n)) return FALSE;
        data += n;
        len -= n;
    }
    return TRUE;
}
