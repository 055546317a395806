// RETURN_IF_ERROR / ASSIGN_OR_RETURN, which Debian's Abseil (20220623) lacks.
#ifndef ACTORGRAPH_MODEL_STATUS_MACROS_H_
#define ACTORGRAPH_MODEL_STATUS_MACROS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define AG_STATUS_CONCAT_INNER(a, b) a##b
#define AG_STATUS_CONCAT(a, b) AG_STATUS_CONCAT_INNER(a, b)

// Returns the status from the enclosing function when `expr` is not OK.
#define RETURN_IF_ERROR(expr)                      \
  do {                                             \
    ::absl::Status ag_status_ = (expr);            \
    if (!ag_status_.ok()) return ag_status_;       \
  } while (0)

// `lhs` = value of the StatusOr `rexpr`, or returns its status when not OK.
#define ASSIGN_OR_RETURN(lhs, rexpr) \
  AG_ASSIGN_OR_RETURN_IMPL(AG_STATUS_CONCAT(ag_statusor_, __LINE__), lhs, rexpr)

#define AG_ASSIGN_OR_RETURN_IMPL(statusor, lhs, rexpr) \
  auto statusor = (rexpr);                             \
  if (!statusor.ok()) return statusor.status();        \
  lhs = std::move(statusor).value()

#endif  // ACTORGRAPH_MODEL_STATUS_MACROS_H_
