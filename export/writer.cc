#include "export/writer.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <string>
#include <system_error>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "export/internal.h"

namespace actorgraph::exporter {
namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD

std::string ErrnoText(int error_number) { return std::generic_category().message(error_number); }

absl::Status FileError(int error_number, std::string_view what, const std::string& path) {
  return absl::Status(absl::ErrnoToStatusCode(error_number),
                      absl::StrCat(internal::Sv(what), " '", path, "': ", ErrnoText(error_number)));
}

// Writes all of `content` to `fd`, retrying short writes and EINTR.
int WriteFully(int fd, std::string_view content) {
  while (!content.empty()) {
    ssize_t written = ::write(fd, content.data(), content.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    content.remove_prefix(static_cast<size_t>(written));
  }
  return 0;
}

std::string DirectoryOf(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

}  // namespace

std::unique_ptr<GraphWriter> NewWriter(std::string_view format, const WriterOptions& options) {
  if (format == "dot") return internal::NewDotWriter(options);
  if (format == "graphml") return internal::NewGraphmlWriter(options);
  if (format == "jsonld") return internal::NewJsonldWriter(options);
  if (format == "csv-nodes") return internal::NewCsvNodesWriter();
  if (format == "csv-edges") return internal::NewCsvEdgesWriter();
  return nullptr;
}

std::vector<std::string_view> WriterFormats() {
  return {"dot", "graphml", "jsonld", "csv-nodes", "csv-edges"};
}

absl::StatusOr<AtomicFile> AtomicFile::Open(const std::string& path) {
  if (path.empty()) return absl::InvalidArgumentError("cannot write a file with an empty path");
  // An existing device, pipe or terminal (/dev/null, /dev/full) is written in
  // place: a rename would replace the device node itself when run as root.
  struct stat existing;
  if (::stat(path.c_str(), &existing) == 0 && !S_ISREG(existing.st_mode)) {
    if (S_ISDIR(existing.st_mode)) return FileError(EISDIR, "cannot write", path);
    int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return FileError(errno, "cannot write", path);
    return AtomicFile(path, "", fd);
  }
  std::string temp_path = absl::StrCat(path, ".tmp.", ::getpid());
  int fd = ::open(temp_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) return FileError(errno, "cannot write", path);
  return AtomicFile(path, std::move(temp_path), fd);
}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : path_(std::move(other.path_)),
      temp_path_(std::move(other.temp_path_)),
      fd_(other.fd_),
      buffer_(std::move(other.buffer_)),
      written_(other.written_),
      handed_to_disk_(other.handed_to_disk_) {
  other.fd_ = -1;
}

AtomicFile::~AtomicFile() { Discard(); }

void AtomicFile::Discard() {
  if (fd_ < 0) return;
  ::close(fd_);
  if (!temp_path_.empty()) ::unlink(temp_path_.c_str());
  fd_ = -1;
}

// Appends are gathered up to this size before a write.
constexpr size_t kAppendBuffer = 1 << 20;
// Every this many bytes written, the kernel is asked to start writing them
// to disk (without waiting), so the fsync in Commit() has little left to do.
constexpr uint64_t kWritebackStep = 16 << 20;

absl::Status AtomicFile::Write(std::string_view content) {
  int error_number = WriteFully(fd_, content);
  if (error_number != 0) {
    Discard();
    return FileError(error_number, "cannot write", path_);
  }
  written_ += content.size();
  if (!temp_path_.empty() && written_ - handed_to_disk_ >= kWritebackStep) {
    // Advisory: a failure only means Commit()'s fsync does all the work.
    ::sync_file_range(fd_, static_cast<off_t>(handed_to_disk_),
                      static_cast<off_t>(written_ - handed_to_disk_), SYNC_FILE_RANGE_WRITE);
    handed_to_disk_ = written_;
  }
  return absl::OkStatus();
}

absl::Status AtomicFile::Append(std::string_view content) {
  if (fd_ < 0) return absl::FailedPreconditionError(absl::StrCat(path_, ": already committed"));
  if (buffer_.size() + content.size() <= kAppendBuffer) {
    buffer_.append(content);
    return absl::OkStatus();
  }
  if (!buffer_.empty()) {
    absl::Status status = Write(buffer_);
    buffer_.clear();
    if (!status.ok()) return status;
  }
  if (content.size() >= kAppendBuffer) return Write(content);
  buffer_.append(content);
  return absl::OkStatus();
}

absl::Status AtomicFile::Commit() {
  if (fd_ < 0) return absl::FailedPreconditionError(absl::StrCat(path_, ": already committed"));
  if (!buffer_.empty()) {
    absl::Status status = Write(buffer_);
    buffer_.clear();
    if (!status.ok()) return status;
  }
  int error_number = 0;
  std::string_view failed_step;
  const bool in_place = temp_path_.empty();
  // Devices and pipes may not support fsync (EINVAL); that is not an error.
  if (::fsync(fd_) != 0 && !(in_place && (errno == EINVAL || errno == EROFS))) {
    error_number = errno;
    failed_step = "cannot flush";
  }
  if (::close(fd_) != 0 && error_number == 0) {
    error_number = errno;
    failed_step = "cannot close";
  }
  fd_ = -1;
  if (in_place) return error_number == 0 ? absl::OkStatus() : FileError(error_number, failed_step, path_);
  if (error_number == 0 && ::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    error_number = errno;
    failed_step = "cannot rename the temporary file onto";
  }
  if (error_number != 0) {
    ::unlink(temp_path_.c_str());
    return FileError(error_number, failed_step, path_);
  }
  // Make the rename itself durable; a failure here leaves a complete file, so
  // it is not reported.
  int dir_fd = ::open(DirectoryOf(path_).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0) {
    ::fsync(dir_fd);
    ::close(dir_fd);
  }
  return absl::OkStatus();
}

absl::Status WriteFileAtomically(const std::string& path, std::string_view content) {
  absl::StatusOr<AtomicFile> file = AtomicFile::Open(path);
  if (!file.ok()) return file.status();
  if (absl::Status s = file->Append(content); !s.ok()) return s;
  return file->Commit();
}

namespace internal {

namespace {

// At text[i] (a byte >= 0x80), the length of the well-formed UTF-8 sequence
// there, or 0 when it is ill-formed; then *skip is how many bytes one U+FFFD
// replaces: the longest valid prefix of the sequence, or the lone lead byte.
size_t WellFormedAt(std::string_view text, size_t i, size_t* skip) {
  const auto lead = static_cast<uint8_t>(text[i]);
  size_t length = 0;
  uint8_t min_second = 0x80;
  uint8_t max_second = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) min_second = 0xA0;  // overlong
    if (lead == 0xED) max_second = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) min_second = 0x90;  // overlong
    if (lead == 0xF4) max_second = 0x8F;  // above U+10FFFF
  }
  size_t valid = length == 0 ? 0 : 1;
  while (valid > 0 && valid < length && i + valid < text.size()) {
    const auto byte = static_cast<uint8_t>(text[i + valid]);
    const uint8_t low = valid == 1 ? min_second : 0x80;
    const uint8_t high = valid == 1 ? max_second : 0xBF;
    if (byte < low || byte > high) break;
    ++valid;
  }
  if (length != 0 && valid == length) return length;
  *skip = valid == 0 ? 1 : valid;
  return 0;
}

}  // namespace

size_t ValidUtf8Length(std::string_view text) {
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    // Eight ASCII bytes at a time: most text is ASCII.
    while (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, text.data() + i, 8);
      if ((word & 0x8080808080808080ULL) != 0) break;
      i += 8;
    }
    if (i >= n) break;
    if (static_cast<uint8_t>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t skip = 0;
    const size_t length = WellFormedAt(text, i, &skip);
    if (length == 0) return i;
    i += length;
  }
  return n;
}

std::string ValidUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    // Copy the well-formed run whole, then replace one ill-formed sequence.
    const size_t good = ValidUtf8Length(text.substr(i));
    out.append(text.substr(i, good));
    i += good;
    if (i >= text.size()) break;
    size_t skip = 1;
    WellFormedAt(text, i, &skip);
    out += kReplacementCharacter;
    i += skip;
  }
  return out;
}

bool IsIsoDate(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (date[i] < '0' || date[i] > '9') return false;
  }
  const int month = (date[5] - '0') * 10 + (date[6] - '0');
  const int day = (date[8] - '0') * 10 + (date[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

absl::Status WriteAll(std::ostream& out, std::string_view content, std::string_view format) {
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  out.flush();
  if (!out) return absl::DataLossError(absl::StrCat("writing the ", Sv(format), " output failed"));
  return absl::OkStatus();
}

namespace {

// RFC 3986 unreserved: letters, digits, "-", ".", "_", "~". Arithmetic
// tests only, so loops over it need no branch per byte.
unsigned IsUnreservedByte(char c) {
  const auto b = static_cast<uint8_t>(c);
  const unsigned letter = static_cast<uint8_t>((b | 0x20) - 'a') < 26;
  const unsigned digit = static_cast<uint8_t>(b - '0') < 10;
  const unsigned mark = (b == '-') | (b == '.') | (b == '_') | (b == '~');
  return letter | digit | mark;
}

}  // namespace

bool IsUnreservedSegment(std::string_view segment) {
  if (segment == "." || segment == "..") return false;
  unsigned all = 1;
  for (char c : segment) all &= IsUnreservedByte(c);
  return all != 0;
}

std::string PercentEncodeSegment(std::string_view segment) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(segment.size());
  for (char c : segment) {
    const auto byte = static_cast<uint8_t>(c);
    if (IsUnreservedByte(c)) {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
  }
  // "." and ".." would be removed by IRI resolution.
  if (out == "." || out == "..") {
    std::string dots;
    for (size_t i = 0; i < out.size(); ++i) dots += "%2E";
    return dots;
  }
  return out;
}

}  // namespace internal
}  // namespace actorgraph::exporter
