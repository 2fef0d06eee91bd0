#!/usr/bin/python3
"""Runs every shell example in README.md, as written and in the order it appears.

The examples run in a copy of the repository's tracked files, made beside it (so that ../shared
resolves as it does for the repository), with a database of their own. Each ```sh or ```bash
block runs in bash, in the copy's root, after the ones before it: variables a block sets (API,
KEY) stay set for the blocks after it. Two comments on the line before a block's fence change
how it runs:

    <!-- readme-examples: starts the API -->   the block's command serves the API: it is started
                                               in the background, after the API any earlier block
                                               started is stopped, and the next block runs once
                                               /health/ready answers 200.
    <!-- readme-examples: skip, <reason> -->    the block is not run, for the reason given.

Every curl command must get a status below 400, unless it ends with a comment naming the status
it shows, such as `# 412`. Any other command must exit 0. The run fails on the first block that
breaks either rule, printing the block's output.
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

REPOSITORY = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
API = "http://localhost:5080"
# The API's first `dotnet run` in a fresh copy builds the whole solution first.
START_SECONDS = 900

FENCE = re.compile(r"^```(\w*)\s*$")
DIRECTIVE = re.compile(r"^<!--\s*readme-examples:\s*(.*?)\s*-->\s*$")
EXPECTED_STATUS = re.compile(r"#\s*([1-5]\d\d)\b")

# curl as the examples write it, reporting each status it got to the runner: a status of 400 or
# more fails the block unless the command said it shows that status (README_EXPECT, set by the
# runner from the command's comment). Failures are written to a file rather than returned, so
# that `curl ... | head` still fails the block when head closes the pipe early. The blocks run
# with `set -e`, which holds inside this function too, hence no command in it may fail.
CURL = r'''
curl() {
    local log status=0 code
    log="$(mktemp)"
    command curl --silent --show-error --write-out '%{stderr}README-STATUS %{http_code}\n' "$@" 2> "$log" || status=$?
    grep -v '^README-STATUS ' "$log" >&2 || true
    for code in $(sed -n 's/^README-STATUS //p' "$log"); do
        if [[ -n "${README_EXPECT:-}" && "$code" != "$README_EXPECT" ]]; then
            echo "curl $*: HTTP $code, the README says $README_EXPECT" >> "$README_FAILURES"
        elif [[ -z "${README_EXPECT:-}" && "$code" -ge 400 ]]; then
            echo "curl $*: HTTP $code" >> "$README_FAILURES"
        fi
    done
    rm -f "$log"
    if [[ $status -ne 0 ]]; then
        echo "curl $*: exit $status" >> "$README_FAILURES"
    fi
    return 0
}
'''


class Block:
    def __init__(self, line, language, text, directive):
        self.line = line
        self.language = language
        self.text = text
        self.directive = directive

    @property
    def skipped(self):
        return self.directive.startswith("skip")

    @property
    def starts_api(self):
        return self.directive == "starts the API"


def blocks(readme):
    lines = readme.splitlines()
    found, i = [], 0
    while i < len(lines):
        fence = FENCE.match(lines[i])
        if not fence:
            i += 1
            continue
        start = i
        i += 1
        body = []
        while i < len(lines) and not lines[i].startswith("```"):
            body.append(lines[i])
            i += 1
        i += 1
        if fence.group(1) not in ("sh", "bash"):
            continue
        before = DIRECTIVE.match(lines[start - 1]) if start > 0 else None
        directive = before.group(1) if before else ""
        if directive and not (directive.startswith("skip, ") or directive == "starts the API"):
            sys.exit(f"README.md:{start}: unknown readme-examples directive '{directive}'")
        found.append(Block(start + 1, fence.group(1), "\n".join(body), directive))
    return found


def commands(text):
    """The block's commands, one per logical line (backslash continuations joined), each told the status its comment names."""
    result, current = [], ""
    for line in text.splitlines():
        current += line
        if line.endswith("\\"):
            current += "\n"
            continue
        if current.strip() and not current.lstrip().startswith("#"):
            expected = EXPECTED_STATUS.search(current.split("'")[-1].split('"')[-1])
            result.append(f"README_EXPECT={expected.group(1)}\n{current}\nunset README_EXPECT" if expected else current)
        current = ""
    return "\n".join(result)


def copy_repository():
    target = tempfile.mkdtemp(prefix=".readme-examples-", dir=os.path.dirname(REPOSITORY))
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=REPOSITORY, check=True, capture_output=True).stdout.split(b"\0")
    for name in (n.decode() for n in tracked if n):
        source = os.path.join(REPOSITORY, name)
        if os.path.isfile(source):
            os.makedirs(os.path.dirname(os.path.join(target, name)), exist_ok=True)
            shutil.copy2(source, os.path.join(target, name))
    return target


def ready():
    try:
        with urllib.request.urlopen(f"{API}/health/ready", timeout=5) as answer:
            return answer.status == 200
    except (urllib.error.URLError, OSError):
        return False


def main():
    with open(os.path.join(REPOSITORY, "README.md"), encoding="utf-8") as readme:
        found = blocks(readme.read())
    if ready():
        sys.exit(f"Something already answers on {API}: stop it first.")

    work = copy_repository()
    state = os.path.join(work, ".readme-examples-state")
    failures = os.path.join(work, ".readme-examples-failures")
    env = dict(os.environ, README_FAILURES=failures, ConnectionStrings__Taxonomy=f"Data Source={os.path.join(work, 'readme-examples.db')}")
    with open(state, "w", encoding="utf-8") as prelude:
        prelude.write(CURL)
    server = None
    ran = skipped = 0
    try:
        for block in found:
            where = f"README.md:{block.line}"
            if block.skipped:
                print(f"-- {where}: skipped ({block.directive[len('skip, '):]})")
                skipped += 1
                continue
            print(f"-- {where}:\n{block.text}", flush=True)
            if block.starts_api:
                if server is not None:
                    stop(server)
                log = open(os.path.join(work, f"api-{block.line}.log"), "w", encoding="utf-8")
                server = subprocess.Popen(["bash", "-c", f"set -a; source {state}; set +a; {block.text}"], cwd=work, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
                deadline = time.monotonic() + START_SECONDS
                while not ready():
                    if server.poll() is not None or time.monotonic() > deadline:
                        log.close()
                        print(open(log.name, encoding="utf-8").read())
                        sys.exit(f"FAILED {where}: the API did not become ready")
                    time.sleep(1)
                ran += 1
                continue
            script = f"set -a; source {state}; set -e\n{commands(block.text)}\nset +e; export -p > {state}.next; declare -f curl >> {state}.next\n"
            run = subprocess.run(["bash", "-c", script], cwd=work, env=env, capture_output=True, text=True, timeout=900)
            print(shortened(run.stdout + run.stderr), flush=True)
            broken = open(failures, encoding="utf-8").read() if os.path.exists(failures) else ""
            if run.returncode != 0 or broken:
                sys.exit(f"FAILED {where}: " + (broken.strip() or f"exit {run.returncode}"))
            os.replace(f"{state}.next", state)
            ran += 1
    finally:
        if server is not None:
            stop(server)
        shutil.rmtree(work, ignore_errors=True)
    print(f"README examples: {ran} blocks ran, {skipped} skipped")


def shortened(output, lines=40, width=300):
    """Enough of a block's output to see what it did: whole pages would bury the log."""
    kept = [line if len(line) <= width else line[:width] + " ..." for line in output.splitlines()[:lines]]
    more = len(output.splitlines()) - lines
    return "\n".join(kept + ([f"... ({more} more lines)"] if more > 0 else []))


def stop(server):
    try:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=60)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        os.killpg(server.pid, signal.SIGKILL)
    while ready():
        time.sleep(0.5)


if __name__ == "__main__":
    main()
