#include "extract/gzip_buffer.h"

#include <cerrno>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "zlib.h"

namespace actorgraph::extract {

GzipBuffer::GzipBuffer(const std::string& path) : file_(gzopen(path.c_str(), "rb")) {
  if (file_ == nullptr) error_ = std::strerror(errno);
  if (file_ != nullptr) gzbuffer(file_, 1 << 17);
}

GzipBuffer::~GzipBuffer() {
  if (file_ != nullptr) gzclose(file_);
}

GzipBuffer::int_type GzipBuffer::underflow() {
  if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
  if (file_ == nullptr || !error_.empty()) return traits_type::eof();
  int n = gzread(file_, buffer_, sizeof(buffer_));
  if (n < 0) {
    int code = 0;
    const char* message = gzerror(file_, &code);
    error_ = absl::StrCat("corrupt gzip data (", message != nullptr ? message : "unknown error", ")");
    return traits_type::eof();
  }
  if (n == 0) {
    int code = Z_OK;
    gzerror(file_, &code);
    if (code == Z_BUF_ERROR) error_ = "truncated gzip file (it ends in the middle of the compressed data)";
    return traits_type::eof();
  }
  setg(buffer_, buffer_, buffer_ + n);
  return traits_type::to_int_type(*gptr());
}

}  // namespace actorgraph::extract
