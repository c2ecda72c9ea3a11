#pragma once
// PoDoFo 0.9.8 through a system-header wrapper: its headers trip -Wshadow, -Wconversion and
// -Wold-style-cast, which our -Werror build must not see. Only files in render/pdf include this.
#pragma GCC system_header
#include <podofo/podofo.h>
