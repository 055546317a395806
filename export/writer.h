// Graph writers chosen by name, atomic file output and Graphviz rendering.
//
// Writers walk KnowledgeGraph::SortedVertices()/SortedEdges() only, so the same
// graph always produces byte-identical output. All article-derived text is
// escaped for the target format: it can neither break the syntax nor change
// the drawing, nor make Graphviz read a file.
//
// THREAD SAFETY: writers are stateless after construction; Write() may run
// concurrently on different streams.
#ifndef ACTORGRAPH_EXPORT_WRITER_H_
#define ACTORGRAPH_EXPORT_WRITER_H_

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "graph/knowledge_graph.h"

namespace actorgraph::exporter {

struct WriterOptions {
  // Base IRI under which JSON-LD node and edge IRIs are minted
  // (node "person:sergey-lavrov" -> "<base>person/sergey-lavrov").
  std::string base_iri = "https://actorgraph.org/id/";
  // Graph title written into DOT and GraphML descriptions; may be empty.
  std::string title;
  // DOT: draw the related actors of each type inside a box of their own
  // (people, organisations, places, events).
  bool type_clusters = false;
};

class GraphWriter {
 public:
  virtual ~GraphWriter() = default;
  // "dot", "graphml", "jsonld", "csv-nodes", "csv-edges".
  virtual std::string_view format() const = 0;
  // Conventional file extension without the dot.
  virtual std::string_view extension() const = 0;
  // The file `actorgraph build` writes in its output directory
  // ("graph.dot", "nodes.csv"...); distinct for every format.
  virtual std::string_view file_name() const = 0;
  // Writes `graph` (finalized) to `out`. Returns an error if the stream fails.
  virtual absl::Status Write(const graph::KnowledgeGraph& graph, std::ostream& out) const = 0;
};

// The writer for `format`, or nullptr if unknown: "dot", "graphml", "jsonld",
// and for graph databases "csv-nodes" and "csv-edges" (nodes.csv and
// edges.csv with the neo4j-admin import header, loadable by Kuzu's COPY FROM).
std::unique_ptr<GraphWriter> NewWriter(std::string_view format,
                                       const WriterOptions& options = {});

// Names accepted by NewWriter, in a fixed order.
std::vector<std::string_view> WriterFormats();

// Writes `content` to `path` through a temporary file in the same directory
// and a rename, so readers never see a partial file. Errors name the path and
// the system's reason (permission denied, no space left on device...).
absl::Status WriteFileAtomically(const std::string& path, std::string_view content);

// The same written piece by piece, for outputs too large to hold in memory:
// Append() buffers and writes to the temporary file, Commit() flushes it to
// disk and renames it onto `path`. A write error is returned by the Append()
// or Commit() that meets it. A file never committed (an error, an
// interrupted run) is removed and `path` is left as it was. An existing
// `path` that is not a regular file (/dev/null, /dev/full, a pipe) is written
// in place instead. Large files are handed to the disk as they grow, so
// Commit() does not wait for all of them at once. Not thread-safe.
class AtomicFile {
 public:
  static absl::StatusOr<AtomicFile> Open(const std::string& path);
  AtomicFile(AtomicFile&& other) noexcept;
  AtomicFile& operator=(AtomicFile&&) = delete;
  ~AtomicFile();

  absl::Status Append(std::string_view content);
  absl::Status Commit();

 private:
  AtomicFile(std::string path, std::string temp_path, int fd)
      : path_(std::move(path)), temp_path_(std::move(temp_path)), fd_(fd) {}
  // Writes `content` (the buffer, or a piece too large for it) to the file;
  // on failure closes and removes it.
  absl::Status Write(std::string_view content);
  void Discard();  // closes and removes the temporary file

  std::string path_, temp_path_;  // temp_path_ empty: written in place
  int fd_ = -1;  // -1 once committed or moved from
  std::string buffer_;
  uint64_t written_ = 0;          // bytes written to fd_
  uint64_t handed_to_disk_ = 0;   // bytes whose writeback has been started
};

// Runs Graphviz (`layout` is "dot" or "sfdp"...) on the DOT file `dot_path`,
// writing `out_path` in `format` ("svg", "png"). The program is started
// without a shell. Returns FailedPrecondition with an install hint when the
// Graphviz executable is missing, Internal with its stderr when it fails.
absl::Status RenderWithGraphviz(const std::string& dot_path, const std::string& out_path,
                                std::string_view format, std::string_view layout = "dot");

}  // namespace actorgraph::exporter

#endif  // ACTORGRAPH_EXPORT_WRITER_H_
