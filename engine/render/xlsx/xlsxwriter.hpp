#pragma once
// The one place libxlsxwriter's C header is included, as a system header so that its own warnings do not
// fail a -Werror build.
#pragma GCC system_header
#include <xlsxwriter.h>
