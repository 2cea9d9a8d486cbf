// REQUIRES: fpu
// Startup switched the FPU on before main: single-precision arithmetic runs in hardware
// (float-uses-fpu.sh.cpp checks that these are FPU instructions) and gives exact results.
volatile float a = 1.5f, b = -2.25f;

extern "C" int main() {
  float product = a * b;
  float quotient = b / a;
  float sum = a + b;
  return product == -3.375f && quotient == -1.5f && sum == -0.75f ? 0 : 1;
}
