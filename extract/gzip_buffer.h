// A read-only std::streambuf over a gzip file, for reading compressed JSON
// Lines (articles or extractions) in bounded memory.
#ifndef ACTORGRAPH_EXTRACT_GZIP_BUFFER_H_
#define ACTORGRAPH_EXTRACT_GZIP_BUFFER_H_

#include <streambuf>
#include <string>

struct gzFile_s;  // zlib's gzFile is a gzFile_s*

namespace actorgraph::extract {

// Inflates 64 KiB at a time. Reading stops at the end of the data or at the
// first error; error() then says what went wrong (empty at a clean end).
// Use: GzipBuffer b(path); if (b.opened()) { std::istream in(&b); ... }
class GzipBuffer : public std::streambuf {
 public:
  explicit GzipBuffer(const std::string& path);
  ~GzipBuffer() override;
  GzipBuffer(const GzipBuffer&) = delete;
  GzipBuffer& operator=(const GzipBuffer&) = delete;

  bool opened() const { return file_ != nullptr; }
  // Why opening failed, or why reading stopped early (corrupt or truncated data).
  const std::string& error() const { return error_; }

 protected:
  int_type underflow() override;

 private:
  gzFile_s* file_;
  std::string error_;
  char buffer_[1 << 16];
};

}  // namespace actorgraph::extract

#endif  // ACTORGRAPH_EXTRACT_GZIP_BUFFER_H_
