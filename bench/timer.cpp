// SPDX-License-Identifier: MIT
// Runs commands as fresh processes and reports, per command, the median wall time and
// the peak resident memory (from wait4's rusage, so threads and all are counted).
//
//   sputnik-bench-time RUNS CMD ARGS... [::: CMD ARGS...]...
//
// Several commands are interleaved run by run, so they share the machine's noise. Output
// goes to /dev/null. Any run that exits non-zero stops everything (exit 1): a benchmark of
// a failing command measures nothing. Prints one line per command: "median_ms max_rss_kib".
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {

struct Sample {
  double millis = 0;
  long max_rss_kib = 0;
};

bool run_once(char** argv, Sample& sample) {
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = ::fork();
  if (pid == 0) {
    const int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, STDOUT_FILENO);
    ::execvp(argv[0], argv);
    std::perror(argv[0]);
    ::_exit(127);
  }
  int status = 0;
  rusage usage{};
  if (pid < 0 || ::wait4(pid, &status, 0, &usage) != pid) return false;
  sample.millis = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  sample.max_rss_kib = usage.ru_maxrss;
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::fprintf(stderr, "sputnik-bench-time: %s exited with %d\n", argv[0],
                 WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s RUNS CMD ARGS... [::: CMD ARGS...]...\n", argv[0]);
    return 2;
  }
  const int runs = std::max(1, std::atoi(argv[1]));
  std::vector<std::vector<char*>> commands(1);
  for (int i = 2; i < argc; ++i) {
    if (std::strcmp(argv[i], ":::") == 0) {
      commands.emplace_back();
      continue;
    }
    commands.back().push_back(argv[i]);
  }
  for (auto& c : commands) c.push_back(nullptr);
  std::vector<std::vector<Sample>> samples(commands.size());
  for (int r = 0; r < runs; ++r)
    for (std::size_t c = 0; c < commands.size(); ++c) {
      Sample s;
      if (!run_once(commands[c].data(), s)) return 1;
      samples[c].push_back(s);
    }
  for (auto& list : samples) {
    std::sort(list.begin(), list.end(), [](const Sample& a, const Sample& b) { return a.millis < b.millis; });
    long rss = 0;
    for (const auto& s : list) rss = std::max(rss, s.max_rss_kib);
    std::printf("%.3f %ld\n", list[list.size() / 2].millis, rss);
  }
  return 0;
}
