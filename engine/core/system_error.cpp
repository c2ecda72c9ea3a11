#include "core/system_error.hpp"

#include <cerrno>
#include <cstring>

namespace lkjip {

std::string system_reason(int error_number) {
    switch (error_number) {
        case EACCES:
        case EPERM:
            return "izin ditolak";
        case ENOENT:
            return "folder atau berkas tidak ada";
        case ENOTDIR:
            return "bagian jalurnya bukan folder";
        case EISDIR:
            return "sudah ada folder dengan nama ini";
        case EEXIST:
            return "sudah ada";
        case ENOSPC:
            return "disk penuh";
        case EDQUOT:
            return "kuota disk habis";
        case EROFS:
            return "sistem berkas hanya-baca";
        case EFBIG:
            return "berkas terlalu besar untuk sistem berkas ini";
        case ENAMETOOLONG:
            return "nama terlalu panjang";
        case ELOOP:
            return "tautan simbolik berputar";
        case EIO:
            return "galat baca/tulis perangkat";
        case EMFILE:
        case ENFILE:
            return "terlalu banyak berkas terbuka";
        case EXDEV:
            return "sumber dan tujuan di sistem berkas berbeda";
        case ENOTEMPTY:
            return "folder tidak kosong";
        case EBUSY:
            return "sedang dipakai";
        default:
            return std::strerror(error_number);
    }
}

}  // namespace lkjip
