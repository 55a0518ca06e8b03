#!/bin/bash
# Runs every conformance script (Tests/ScriptTests/Fixtures/conformance/scripts) with a RELEASE
# descent binary and compares its stdout and exit status with CPython's recorded ones.
#
# The test suite runs a debug build, so a fault only an optimized build has goes unseen there:
# a miscompiled scratch buffer once killed `descent run` on `torch.ones(4, 30).sum(dim=0)`
# while every test passed. Usage: tools/conformance-release.sh [BINARY]
# (default .build/release/descent; `make conformance-release` builds it first). Prints one line
# per crash (exit status 124 or over) or difference and exits 1 if there is any.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$(realpath "${1:-$root/.build/release/descent}")
scripts=$root/Tests/ScriptTests/Fixtures/conformance/scripts
vendor=$(grep -m1 vendor_id /proc/cpuinfo 2>/dev/null | awk '{print $3}')
grep -qw avx512f /proc/cpuinfo 2>/dev/null && wide=1 || wide=0
# Scripts whose numbers need MKL (ConformanceTests.needsMKL) are skipped without it.
mkl_only="course_d2l_softmax_scratch torch_loss_surface torch_math_functions train_seed_helper tensor_matmul_autograd train_mlp_crossentropy_bits nn_xor_training torch_view_inplace_training nn_course_xor_mse torch_grad_bits_transcendental torch_optim_load_state_dict"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
failures=0; count=0
cd "$scripts"
for f in *.py; do
    name=${f%.py}
    if [ "${DESCENT_MKL:-}" = none ] || [ -z "${DESCENT_MKL:-}" ]; then
        case " $mkl_only " in *" $name "*) continue ;; esac
    fi
    count=$((count + 1))
    timeout 120 "$bin" run "$f" > "$tmp/out" 2> "$tmp/err"; status=$?
    if [ $status -ge 124 ]; then
        echo "CRASH $name (exit $status): $(grep -m1 -E 'Fatal error|runtime failure|Signal' "$tmp/err")"
        failures=$((failures + 1)); continue
    fi
    expected=$name.out
    [ -n "${DESCENT_MKL:-}" ] && [ "${DESCENT_MKL}" != none ] && [ -f "$name.$vendor.out" ] && expected=$name.$vendor.out
    [ $wide = 0 ] && [ -f "$name.avx2.out" ] && expected=$name.avx2.out
    want_status=$(cat "$name.exit")
    if ! cmp -s "$tmp/out" "$expected"; then
        echo "DIFF $name: stdout differs from $expected"; failures=$((failures + 1))
    elif [ "$status" != "$want_status" ]; then
        echo "DIFF $name: exit $status, CPython $want_status"; failures=$((failures + 1))
    fi
done
echo "$count scripts run with $bin: $failures failing"
[ $failures = 0 ]
