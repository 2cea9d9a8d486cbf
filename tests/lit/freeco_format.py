"""The lit test format of freeco's suites: a test's file name says what must happen.

    name.pass.cpp          builds, runs under QEMU, exits 0; if the file has CHECK lines, the
                           console output must match them (FileCheck)
    name.compile.pass.cpp  compiles
    name.compile.fail.cpp  does not compile; with CHECK lines, the diagnostics must match
                           (CHECK-GCC / CHECK-CLANG lines only for that compiler family)
    name.link.fail.cpp     compiles, does not link; with CHECK lines, the linker's messages
                           must match
    name.sh.cpp            only its own RUN lines, which check the outcome its name states

RUN lines belong to .sh.cpp tests only, and a .sh.cpp test must have them: a test that needs
its own inputs, runner options, several images or a check of the image is a .sh.cpp, whatever
its outcome; every other kind runs exactly its implied steps (the format refuses RUN lines
there). Keywords, besides lit's own REQUIRES/UNSUPPORTED/XFAIL: ADDITIONAL_COMPILE_FLAGS and
ADDITIONAL_LINK_FLAGS, which come before the configuration's flags (so that -L<dir> overrides
the board's memory.ld).
Substitutions (set in lit.cfg.py): %{cxx} %{flags} %{link_flags} %{run} %{objdump}
%{diag_check}, and
%{build} for "compile and link %s into %t.elf".
"""
import os
import re

import lit.formats
import lit.Test
import lit.TestRunner
from lit.TestRunner import IntegratedTestKeywordParser, ParserKind

# Longest suffix first: .compile.pass.cpp must not be taken for .pass.cpp.
KINDS = (".compile.pass.cpp", ".compile.fail.cpp", ".link.fail.cpp", ".pass.cpp", ".sh.cpp")
CHECK_LINE = re.compile(r"^\s*//\s*CHECK(-[A-Z]+)?:", re.MULTILINE)


def kind_of(filename):
    return next((kind for kind in KINDS if filename.endswith(kind)), None)


def implied_steps(kind, has_checks):
    # Diagnostics differ by compiler: CHECK-GCC / CHECK-CLANG lines apply to one family.
    check = " 2>&1 | FileCheck %s %{diag_check}" if has_checks else ""
    compile_ = "%{cxx} %{flags} -c %s -o %t.o"
    link = "%{cxx} %t.o -o %t.elf %{link_flags}"
    if kind == ".pass.cpp":
        return [compile_, link, "%{run} %t.elf" + (" | FileCheck %s" if has_checks else "")]
    if kind == ".compile.pass.cpp":
        return [compile_]
    if kind == ".compile.fail.cpp":
        return ["not " + compile_ + check]
    if kind == ".link.fail.cpp":
        return [compile_, "not " + link + check]
    return []


class FreecoTest(lit.formats.TestFormat):
    def getTestsForPath(self, testSuite, path_in_suite, litConfig, localConfig):
        filename = path_in_suite[-1]
        if kind_of(filename) and filename not in localConfig.excludes:
            yield lit.Test.Test(testSuite, path_in_suite, localConfig)

    def getTestsInDirectory(self, testSuite, path_in_suite, litConfig, localConfig):
        source = testSuite.getSourcePath(path_in_suite)
        for filename in sorted(os.listdir(source)):
            if not os.path.isdir(os.path.join(source, filename)):
                yield from self.getTestsForPath(testSuite, path_in_suite + (filename,),
                                                litConfig, localConfig)

    def execute(self, test, litConfig):
        if test.config.unsupported:
            return lit.Test.Result(lit.Test.UNSUPPORTED, "test is unsupported")
        source = test.getSourcePath()
        kind = kind_of(source)
        compile_flags = IntegratedTestKeywordParser("ADDITIONAL_COMPILE_FLAGS:", ParserKind.SPACE_LIST, initial_value=[])
        link_flags = IntegratedTestKeywordParser("ADDITIONAL_LINK_FLAGS:", ParserKind.SPACE_LIST, initial_value=[])
        script = lit.TestRunner.parseIntegratedTestScript(
            test, additional_parsers=[compile_flags, link_flags], require_script=kind == ".sh.cpp")
        if isinstance(script, lit.Test.Result):
            return script
        if script and kind != ".sh.cpp":
            return lit.Test.Result(lit.Test.UNRESOLVED, f"RUN lines in a {kind} test: a test with RUN lines of "
                                   f"its own is a .sh.cpp (rename it), or drop them for the {kind} steps")
        with open(source, encoding="utf-8") as f:
            has_checks = CHECK_LINE.search(f.read()) is not None
        if not script:
            script = implied_steps(kind, has_checks)
        if litConfig.noExecute:
            return lit.Test.Result(lit.Test.PASS)

        tmp_dir, tmp_base = lit.TestRunner.getTempPaths(test)
        extra_compile = " ".join(compile_flags.getValue())
        extra_link = " ".join(link_flags.getValue())
        substitutions = [
            ("%{build}", "%{cxx} %{flags} %s -o %t.elf %{link_flags}"),
            ("%{flags}", f"{extra_compile} {test.config.freeco_flags}"),
            ("%{link_flags}", f"{extra_link} {test.config.freeco_link_flags}"),
        ] + list(test.config.substitutions)
        substitutions += lit.TestRunner.getDefaultSubstitutions(test, tmp_dir, tmp_base, normalize_slashes=True)
        conditions = {feature: True for feature in test.config.available_features}
        script = lit.TestRunner.applySubstitutions(
            script, substitutions, conditions, recursion_limit=test.config.recursiveExpansionLimit)
        return lit.TestRunner._runShTest(test, litConfig, True, script, tmp_base)
