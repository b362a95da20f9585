// Nothing to compile: the driver lives in libFuzzer, linked by -sanitize=fuzzer.
#include "FuzzDriver.h"
