// libFuzzer's entry for programs that keep their own main: SwiftPM links an
// executable's main under another name, so each target's main.swift hands its
// arguments and test function to this driver.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
