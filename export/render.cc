// Runs a Graphviz layout program on a DOT file, without a shell.
//
// SECURITY: the child runs with SERVER_NAME set and GV_FILE_PATH removed from
// its environment. Graphviz treats SERVER_NAME as "running on a web server":
// its safefile() check then refuses to load any file named by the graph
// (image=, shapefile=, ...) and warns "file loading is disabled because the
// environment contains SERVER_NAME=..." (Graphviz command-line docs, section
// on GV_FILE_PATH; checked against libgvc 2.43). Our DOT writer never emits
// such attributes; this guards DOT files edited or produced elsewhere.
#include <fcntl.h>
#include <spawn.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "export/internal.h"
#include "export/writer.h"

extern char** environ;

namespace actorgraph::exporter {
namespace {

using internal::Sv;

// The Graphviz layout programs we agree to start.
constexpr absl::string_view kLayouts[] = {"dot",   "neato", "fdp",   "sfdp",
                                          "circo", "twopi", "osage", "patchwork"};

// Graphviz's messages beyond this are dropped from the returned error.
constexpr size_t kMaxMessageBytes = 4096;

// "svg", "png", "svg:cairo", "pdf:cairo:cairo"...
bool IsFormatName(std::string_view format) {
  if (format.empty() || format.size() > 64) return false;
  return std::all_of(format.begin(), format.end(), [](char c) {
    return absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == ':' || c == '_';
  });
}

// A path Graphviz cannot mistake for an option.
std::string PathArgument(const std::string& path) {
  return path.starts_with("-") ? absl::StrCat("./", path) : path;
}

std::vector<std::string> ChildEnvironment() {
  std::vector<std::string> environment;
  for (char** entry = environ; entry != nullptr && *entry != nullptr; ++entry) {
    std::string_view variable(*entry);
    if (variable.starts_with("SERVER_NAME=") || variable.starts_with("GV_FILE_PATH=")) continue;
    environment.emplace_back(variable);
  }
  environment.emplace_back("SERVER_NAME=actorgraph");
  return environment;
}

std::vector<char*> Pointers(std::vector<std::string>& strings) {
  std::vector<char*> pointers;
  pointers.reserve(strings.size() + 1);
  for (std::string& s : strings) pointers.push_back(s.data());
  pointers.push_back(nullptr);
  return pointers;
}

std::string ErrnoText(int error_number) { return std::generic_category().message(error_number); }

// Reads `fd` to end of file, keeping at most kMaxMessageBytes.
std::string ReadMessages(int fd) {
  std::string messages;
  char buffer[4096];
  while (true) {
    ssize_t n = ::read(fd, buffer, sizeof(buffer));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    const size_t room = kMaxMessageBytes - std::min(kMaxMessageBytes, messages.size());
    messages.append(buffer, std::min(room, static_cast<size_t>(n)));
  }
  return std::string(absl::StripAsciiWhitespace(messages));
}

}  // namespace

absl::Status RenderWithGraphviz(const std::string& dot_path, const std::string& out_path,
                                std::string_view format, std::string_view layout) {
  if (std::find(std::begin(kLayouts), std::end(kLayouts), Sv(layout)) == std::end(kLayouts)) {
    return absl::InvalidArgumentError(
        absl::StrCat("unknown Graphviz layout '", Sv(layout),
                     "'; expected one of: ", absl::StrJoin(kLayouts, ", ")));
  }
  if (!IsFormatName(format)) {
    return absl::InvalidArgumentError(
        absl::StrCat("invalid Graphviz output format '", Sv(format), "'"));
  }

  std::vector<std::string> arguments = {std::string(layout), absl::StrCat("-T", Sv(format)), "-o",
                                        PathArgument(out_path), PathArgument(dot_path)};
  std::vector<std::string> environment = ChildEnvironment();
  std::vector<char*> argv = Pointers(arguments);
  std::vector<char*> envp = Pointers(environment);

  int pipe_fds[2];
  if (::pipe2(pipe_fds, O_CLOEXEC) != 0) {
    return absl::InternalError(absl::StrCat("cannot create a pipe: ", ErrnoText(errno)));
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  // dup2 clears close-on-exec on the copies; the originals close at exec.
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDERR_FILENO);
  pid_t pid = 0;
  const int spawn_error =
      ::posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  ::close(pipe_fds[1]);
  if (spawn_error != 0) {
    ::close(pipe_fds[0]);
    if (spawn_error == ENOENT) {
      return absl::FailedPreconditionError(
          absl::StrCat("Graphviz '", Sv(layout),
                       "' not found on PATH; install it with: sudo apt-get install graphviz"));
    }
    return absl::InternalError(
        absl::StrCat("cannot start Graphviz '", Sv(layout), "': ", ErrnoText(spawn_error)));
  }

  const std::string messages = ReadMessages(pipe_fds[0]);
  ::close(pipe_fds[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      return absl::InternalError(
          absl::StrCat("waiting for Graphviz '", Sv(layout), "' failed: ", ErrnoText(errno)));
    }
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return absl::OkStatus();

  const std::string how = WIFEXITED(status)
                              ? absl::StrCat("exit status ", WEXITSTATUS(status))
                              : absl::StrCat("signal ", WIFSIGNALED(status) ? WTERMSIG(status) : 0);
  return absl::InternalError(absl::StrCat("Graphviz '", Sv(layout), "' failed (", how,
                                          ") rendering '", dot_path, "' to '", out_path, "'",
                                          messages.empty() ? "" : ": ", messages));
}

}  // namespace actorgraph::exporter
