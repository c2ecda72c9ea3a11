#!/usr/bin/python3
"""Deterministic generator of synthetic lkjip input folders (one OPD per folder).

    /usr/bin/python3 bench/generate.py OUTDIR --opd N --iku K --sub-kegiatan S [--years Y] [--seed X]

writes OUTDIR/opd-0001 ... OUTDIR/opd-N. Each folder is a complete input folder in the format of
fixtures/README.md: profil.ini, tujuan, sasaran, indikator (tujuan, sasaran = IKU, program indicators),
renstra (Y years), perjanjian_kinerja (N-1 and N, some revised), realisasi (N-1 and N, some through
pembilang/penyebut), anggaran (programs > kegiatan > S sub kegiatan in total, Permendagri 90/2019 codes,
pagu murni, pagu perubahan, realisasi), belanja (operasi + modal, adding up to the program totals) and
angka_tercetak.csv (figures "as printed": mostly right, a deterministic few wrong, so `lkjip audit` finds
something).

Same arguments give byte-identical output: every OPD has its own random.Random seeded from the string
"<seed>:<index>" (string seeds are hashed with SHA-512, independent of PYTHONHASHSEED), nothing depends on
time, the environment or dict order, and opd-0007 is the same whether 10 or 1000 OPDs are generated.
Existing opd-* folders in OUTDIR are removed first, so a smaller run never leaves stale folders behind.
Standard library only.
"""

import argparse
import math
import os
import re
import shutil
import sys
from fractions import Fraction
import random

REPORT_YEAR = 2023

# --- vocabulary --------------------------------------------------------------------------------------

PEMDA = [
    "Kota Dumai", "Kota Pekanbaru", "Kabupaten Bengkalis", "Kabupaten Siak", "Kabupaten Kampar",
    "Kota Batam", "Kabupaten Sleman", "Kota Padang", "Kabupaten Banyumas", "Kota Makassar",
    "Kabupaten Gowa", "Kota Palembang", "Kabupaten Lombok Barat", "Kota Kupang", "Kabupaten Jayapura",
]
TEMPAT = {
    "Kota Dumai": "Dumai", "Kota Pekanbaru": "Pekanbaru", "Kabupaten Bengkalis": "Bengkalis",
    "Kabupaten Siak": "Siak Sri Indrapura", "Kabupaten Kampar": "Bangkinang", "Kota Batam": "Batam",
    "Kabupaten Sleman": "Sleman", "Kota Padang": "Padang", "Kabupaten Banyumas": "Purwokerto",
    "Kota Makassar": "Makassar", "Kabupaten Gowa": "Sungguminasa", "Kota Palembang": "Palembang",
    "Kabupaten Lombok Barat": "Gerung", "Kota Kupang": "Kupang", "Kabupaten Jayapura": "Sentani",
}
# (name, urusan, bidang pairs in Permendagri 90/2019 style, topic words)
DINAS = [
    ("Dinas Koperasi, Usaha Kecil Menengah dan Perindustrian", [("2", "17"), ("3", "31")],
     ["koperasi", "usaha mikro", "industri kecil", "UMKM"]),
    ("Dinas Pendidikan", [("1", "01")], ["sekolah", "guru", "peserta didik", "PAUD"]),
    ("Dinas Kesehatan", [("1", "02")], ["puskesmas", "balita", "ibu hamil", "tenaga kesehatan"]),
    ("Dinas Pekerjaan Umum dan Penataan Ruang", [("1", "03")], ["jalan", "jembatan", "drainase", "irigasi"]),
    ("Dinas Perumahan dan Kawasan Permukiman", [("1", "04")], ["rumah layak huni", "kawasan kumuh", "sanitasi"]),
    ("Satuan Polisi Pamong Praja", [("1", "05")], ["perda", "ketertiban umum", "linmas"]),
    ("Dinas Sosial", [("1", "06")], ["PMKS", "penyandang disabilitas", "lansia terlantar"]),
    ("Dinas Tenaga Kerja", [("2", "07")], ["pencari kerja", "pelatihan kerja", "hubungan industrial"]),
    ("Dinas Pemberdayaan Perempuan dan Perlindungan Anak", [("2", "08")], ["perempuan", "anak", "KDRT"]),
    ("Dinas Ketahanan Pangan", [("2", "09")], ["cadangan pangan", "keamanan pangan", "pangan lokal"]),
    ("Dinas Lingkungan Hidup", [("2", "11")], ["sampah", "kualitas air", "ruang terbuka hijau"]),
    ("Dinas Kependudukan dan Pencatatan Sipil", [("2", "12")], ["KTP-el", "akta kelahiran", "KIA"]),
    ("Dinas Perhubungan", [("2", "15")], ["angkutan umum", "terminal", "rambu lalu lintas"]),
    ("Dinas Komunikasi dan Informatika", [("2", "16")], ["layanan SPBE", "jaringan intra pemerintah", "informasi publik"]),
    ("Dinas Penanaman Modal dan PTSP", [("2", "18")], ["perizinan", "investasi", "pengaduan"]),
    ("Dinas Pariwisata", [("3", "26")], ["wisatawan", "destinasi wisata", "ekonomi kreatif"]),
    ("Dinas Perikanan", [("3", "25")], ["nelayan", "pembudidaya ikan", "produksi ikan"]),
    ("Dinas Pertanian", [("3", "27")], ["petani", "produksi padi", "penyuluh"]),
    ("Dinas Perdagangan", [("3", "30")], ["pasar rakyat", "harga bahan pokok", "tertib ukur"]),
]
NAMA_DEPAN = ["AHMAD", "BUDI", "CITRA", "DEWI", "EKO", "FITRIANI", "GUNAWAN", "HENDRA", "INDAH", "JOKO",
              "KARTIKA", "LUKMAN", "MELATI", "NURHAYATI", "OKTAVIANUS", "PUTRI", "RAHMAT", "SITI"]
NAMA_BELAKANG = ["SAPUTRA", "HASIBUAN", "SIREGAR", "WIBOWO", "LESTARI", "NASUTION", "SYAMSIR", "HIDAYAT",
                 "PRATAMA", "SETIAWAN", "RAHAYU", "TAMBUNAN", "MAHMUD", "SUSANTO"]
GELAR = ["S.E., M.Si", "S.Sos., M.AP", "S.T., M.T.", "S.Pd., M.Pd.", "AP., M.Si", "S.H., M.H.",
         "dr., M.Kes."]
PANGKAT = ["Pembina Utama Muda", "Pembina Tingkat I", "Pembina Utama Madya"]
BULAN = ["Januari", "Februari", "Maret"]

POS_TEMPLATES = [
    ("Persentase {x} yang aktif", "%", "Jumlah {x} aktif / jumlah seluruh {x} × 100"),
    ("Persentase {x} yang dibina", "%", "Jumlah {x} yang dibina / jumlah {x} × 100"),
    ("Cakupan layanan {x}", "%", "Jumlah {x} yang terlayani / jumlah sasaran {x} × 100"),
    ("Persentase {x} sesuai standar", "%", "Jumlah {x} sesuai standar / jumlah {x} × 100"),
    ("Indeks kepuasan masyarakat terhadap layanan {x}", "indeks", "Survei kepuasan masyarakat (PermenPANRB 14/2017)"),
    ("Nilai kinerja penyelenggaraan urusan {x}", "nilai", "Hasil evaluasi kinerja urusan"),
]
NEG_TEMPLATES = [
    ("Rata-rata waktu penyelesaian layanan {x}", "hari", "Jumlah hari layanan / jumlah permohonan"),
    ("Persentase {x} bermasalah", "%", "Jumlah {x} bermasalah / jumlah {x} × 100"),
    ("Jumlah pengaduan terkait {x}", "pengaduan", "Jumlah pengaduan yang diterima dalam satu tahun"),
]
KEGIATAN_KATA = ["Penyusunan", "Pembinaan", "Fasilitasi", "Koordinasi dan Sinkronisasi", "Pengawasan",
                 "Pemberdayaan", "Pengembangan", "Penyediaan", "Pengelolaan", "Pendataan"]
PENUNJANG_KEGIATAN = [
    "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
    "Administrasi Keuangan Perangkat Daerah",
    "Administrasi Umum Perangkat Daerah",
    "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
    "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
    "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
]

PREDIKAT = [(90, "Sangat Tinggi"), (75, "Tinggi"), (65, "Sedang"), (50, "Rendah")]  # > bound
ATRIBUT = [(85, "Sangat Berhasil"), (70, "Berhasil"), (55, "Cukup Berhasil")]  # >= bound

# --- number helpers ----------------------------------------------------------------------------------


def scaled(x, places):
    """x × 10^places rounded half up (away from zero at .5) to an int; x is an int or a Fraction."""
    m = 10 ** places
    if isinstance(x, int):
        return x * m
    n, d = x.numerator * m, x.denominator
    if n < 0:
        return -((-2 * n + d) // (2 * d))
    return (2 * n + d) // (2 * d)


def _digits(x, places):
    q = scaled(x, places)
    sign = "-" if q < 0 else ""
    q = abs(q)
    m = 10 ** places
    return sign, q // m, (str(q % m).rjust(places, "0") if places else "")


def id_number(x, places, thousands=False):
    """Indonesian notation of x rounded half up: 1.234,56 (thousands dots only when asked)."""
    sign, whole, frac = _digits(x, places)
    w = "{:,}".format(whole).replace(",", ".") if thousands else str(whole)
    return sign + w + ("," + frac if frac else "")


def plain_decimal(x, places):
    """A decimal for an input file: comma, no thousands dots, trailing zeros dropped (70,58 / 45 / 6,5)."""
    sign, whole, frac = _digits(x, places)
    frac = frac.rstrip("0")
    return sign + str(whole) + ("," + frac if frac else "")


def ribuan(n):
    return "{:,}".format(n).replace(",", ".")


def rupiah(n, style):
    if style == 0:
        return ribuan(n)
    if style == 1:
        return "Rp. " + ribuan(n) + ",00"
    if style == 2:
        return "Rp " + ribuan(n)
    return str(n)


def capaian_of(target, realisasi, negatif):
    """Capaian as a Fraction under the default conventions (2T-R for negatif, floor 0, no cap)."""
    t = Fraction(target)
    r = Fraction(realisasi)
    c = (2 * t - r) / t * 100 if negatif else r / t * 100
    return max(c, Fraction(0))


def label(value, bands, strict):
    for bound, name in bands:
        if (value > bound) if strict else (value >= bound):
            return name
    return "Sangat Rendah" if strict else "Tidak Berhasil"


def csv_field(s):
    s = str(s)
    if ";" in s or '"' in s or "\n" in s or "\r" in s:
        return '"' + s.replace('"', '""') + '"'
    return s


def row(*cells):
    return ";".join([csv_field(c) for c in cells])


# --- one OPD -----------------------------------------------------------------------------------------


def split_counts(total, parts, rng, minimum=1):
    """total split into `parts` positive counts (each >= minimum), deterministic."""
    base = [minimum] * parts
    rest = total - minimum * parts
    weights = [rng.uniform(0.6, 1.4) for _ in range(parts)]
    wsum = sum(weights)
    extra = [int(rest * w / wsum) for w in weights]
    left = rest - sum(extra)
    for i in range(left):
        extra[i % parts] += 1
    return [b + e for b, e in zip(base, extra)]


def make_value(rng, unit, negatif):
    """(target N, realisasi N, target N-1, realisasi N-1) for one indicator, as exact Fractions."""
    if unit == "%":
        t = rng.uniform(2, 25) if negatif else rng.uniform(8, 95)
        t = round(t, rng.choice([0, 1, 2]))
    elif unit == "hari":
        t = rng.randint(3, 30)
    elif unit == "indeks":
        t = rng.uniform(70, 90)
    elif unit == "nilai":
        t = round(rng.uniform(60, 90), 1)
    else:
        t = rng.randint(10, 500)
    t = Fraction(round(t * 100), 100)
    if t <= 0:
        t = Fraction(1)
    factor = rng.uniform(0.55, 1.2) if not negatif else rng.uniform(0.7, 1.45)
    r = Fraction(round(float(t) * factor * 100), 100)
    t_prev = Fraction(round(float(t) * rng.uniform(0.85, 1.0) * 100), 100) if not negatif else \
        Fraction(round(float(t) * rng.uniform(1.0, 1.2) * 100), 100)
    if t_prev <= 0:
        t_prev = t
    r_prev = Fraction(round(float(t_prev) * rng.uniform(0.6, 1.15) * 100), 100)
    return t, r, t_prev, r_prev


def generate_opd(index, seed, n_iku, n_sub, n_years):
    rng = random.Random("%s:%d" % (seed, index))
    N = REPORT_YEAR
    awal = N - min(2, n_years - 1)
    akhir = awal + n_years - 1
    years = list(range(awal, akhir + 1))

    dinas_name, bidang, topics = DINAS[rng.randrange(len(DINAS))]
    pemda = PEMDA[rng.randrange(len(PEMDA))]
    files = {}

    # profile
    kepala = "%s %s, %s" % (rng.choice(NAMA_DEPAN), rng.choice(NAMA_BELAKANG), rng.choice(GELAR))
    nip = "19%02d%02d%02d %d%02d 1 %03d" % (rng.randint(65, 85), rng.randint(1, 12), rng.randint(1, 28),
                                            rng.randint(1990, 2010), rng.randint(1, 12), rng.randint(1, 999))
    files["profil.ini"] = "\n".join([
        "; Profil OPD sintetis (bench/generate.py, seed %s, OPD %d)" % (seed, index),
        "",
        "[opd]",
        "nama = " + dinas_name,
        "pemda = " + pemda,
        "tahun = %d" % N,
        "",
        "[kepala]",
        "nama = " + kepala,
        "jabatan = Kepala %s %s" % (dinas_name, pemda),
        "pangkat = " + rng.choice(PANGKAT),
        "nip = " + nip,
        "",
        "[pengesahan]",
        "tempat = " + TEMPAT[pemda],
        "tanggal = %s %d" % (rng.choice(BULAN), N + 1),
        "",
        "[renstra]",
        "awal = %d" % awal,
        "akhir = %d" % akhir,
        "",
        "[rpjmd]",
        "visi = Terwujudnya %s yang Maju, Sejahtera dan Berdaya Saing" % pemda,
        "misi.1 = Meningkatkan kualitas pelayanan publik yang cepat, mudah dan transparan",
        "misi.2 = Mengembangkan perekonomian daerah yang berdaya saing",
        "",
    ])

    # tujuan / sasaran / IKU
    n_sasaran = max(1, min(n_iku, round(math.sqrt(n_iku))))
    n_tujuan = max(1, (n_sasaran + 1) // 2)
    tujuan = ["T%d" % (t + 1) for t in range(n_tujuan)]
    sasaran = []  # (kode, tujuan)
    for s in range(n_sasaran):
        sasaran.append(("S%d" % (s + 1), tujuan[s * n_tujuan // n_sasaran]))
    iku_per_sasaran = split_counts(n_iku, n_sasaran, rng)

    lines = ["kode;uraian", "# Tujuan Renstra OPD (sintetis)"]
    for i, t in enumerate(tujuan):
        lines.append(row(t, "Meningkatnya kualitas %s di %s (tujuan %d)" % (topics[i % len(topics)], pemda, i + 1)))
    files["tujuan.csv"] = "\n".join(lines) + "\n"
    lines = ["kode;tujuan;uraian"]
    for i, (s, t) in enumerate(sasaran):
        lines.append(row(s, t, "Meningkatnya cakupan dan mutu layanan %s (sasaran %d)" % (topics[i % len(topics)], i + 1)))
    files["sasaran.csv"] = "\n".join(lines) + "\n"

    # indicators: list of dicts
    indicators = []
    for t_i, t in enumerate(tujuan):
        indicators.append(dict(kode="IT%d" % (t_i + 1), induk=t, level="tujuan", negatif=False, unit="%",
                               nama="Persentase capaian tujuan %d" % (t_i + 1),
                               formula="Rata-rata capaian sasaran di bawah tujuan × 1"))
    ikus_of = {}
    for s_i, (s, _) in enumerate(sasaran):
        ikus_of[s] = []
        for j in range(iku_per_sasaran[s_i]):
            negatif = rng.random() < 0.2
            tmpl = rng.choice(NEG_TEMPLATES if negatif else POS_TEMPLATES)
            topic = topics[(s_i + j) % len(topics)]
            kode = "IKU%d.%d" % (s_i + 1, j + 1)
            ikus_of[s].append(kode)
            ind = dict(kode=kode, induk=s, level="sasaran", negatif=negatif, unit=tmpl[1],
                       nama=tmpl[0].format(x=topic) + (" (%d)" % (j + 1) if j >= len(POS_TEMPLATES) else ""),
                       formula=tmpl[2].format(x=topic))
            indicators.append(ind)

    # budget tree
    n_prog = max(1, min(n_sub, round(math.sqrt(n_sub))))
    prog_codes = []
    pairs = bidang if n_prog > 3 else bidang[:1]
    for p in range(n_prog):
        u, bb = pairs[p % len(pairs)]
        number = p // len(pairs) + 1
        prog_codes.append("%s.%s.%02d" % (u, bb, number))
    subs_per_prog = split_counts(n_sub, n_prog, rng)
    budget_lines = []
    programs = []  # dicts
    sub_items = []
    kegiatan_count = 0
    for p_i, (pk, m) in enumerate(zip(prog_codes, subs_per_prog)):
        penunjang = pk.endswith(".01")
        if penunjang:
            s_code = sasaran[0][0]
            iku = []
            nama = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
        else:
            s_code = sasaran[(p_i - 1) % n_sasaran][0] if n_prog > 1 else sasaran[0][0]
            pool = ikus_of[s_code]
            iku = sorted(rng.sample(pool, min(len(pool), rng.randint(1, 2))), key=lambda k: [int(x) for x in k[3:].split(".")])
            nama = "Program %s %s" % (rng.choice(KEGIATAN_KATA), topics[p_i % len(topics)])
        prog = dict(kode=pk, nama=nama, sasaran=s_code, iku=iku, murni=0, perubahan=0, realisasi=0, kegiatan=[])
        programs.append(prog)
        n_keg = min(99, max(1, round(m / rng.uniform(2.0, 4.0))))
        n_keg = min(n_keg, m)
        per_keg = split_counts(m, n_keg, rng)
        for k_i, cnt in enumerate(per_keg):
            kk = "%s.2.%02d" % (pk, k_i + 1)
            kegiatan_count += 1
            knama = PENUNJANG_KEGIATAN[k_i % len(PENUNJANG_KEGIATAN)] if penunjang else \
                "%s %s Kewenangan Kabupaten/Kota" % (rng.choice(KEGIATAN_KATA), topics[(p_i + k_i) % len(topics)])
            keg = dict(kode=kk, nama=knama, subs=[])
            prog["kegiatan"].append(keg)
            for s_i in range(cnt):
                sk = "%s.%04d" % (kk, s_i + 1)
                murni = rng.randint(25, 1500) * 1_000_000 + rng.randint(0, 999) * 1000
                roll = rng.random()
                if roll < 0.06:
                    murni_w = 0  # new in APBD-P
                    perubahan = rng.randint(20, 400) * 1_000_000
                elif roll < 0.2:
                    murni_w = murni
                    perubahan = murni
                else:
                    murni_w = murni
                    perubahan = int(murni * rng.uniform(0.8, 1.25)) // 1000 * 1000
                    if perubahan <= 0:
                        perubahan = murni
                if rng.random() < 0.1:
                    real = perubahan
                else:
                    real = int(perubahan * rng.uniform(0.55, 0.999))
                sub = dict(kode=sk, nama="%s %s %s" % (rng.choice(KEGIATAN_KATA), topics[(k_i + s_i) % len(topics)],
                                                        "Tahap %d" % (s_i + 1)),
                           murni=murni_w, perubahan=perubahan, realisasi=real)
                keg["subs"].append(sub)
                sub_items.append(sub)
                prog["murni"] += murni_w
                prog["perubahan"] += perubahan
                prog["realisasi"] += real
            keg["murni"] = sum(s["murni"] for s in keg["subs"])
            keg["perubahan"] = sum(s["perubahan"] for s in keg["subs"])
            keg["realisasi"] = sum(s["realisasi"] for s in keg["subs"])

    lines = ["kode;induk;nama;pagu_murni;pagu_perubahan;realisasi;sasaran;iku;sumber_dana",
             "# Kode menurut pola Permendagri 90/2019; jumlah ditulis pada sub kegiatan, program dan kegiatan dijumlahkan"]
    for prog in programs:
        lines.append(row(prog["kode"], "", prog["nama"], "", "", "", prog["sasaran"], ",".join(prog["iku"]), "APBD"))
        for keg in prog["kegiatan"]:
            lines.append(row(keg["kode"], "", keg["nama"], "", "", "", "", "", "APBD"))
            for sub in keg["subs"]:
                style = rng.randrange(4)
                dana = "DAK" if rng.random() < 0.08 else "APBD"
                lines.append(row(sub["kode"], "", sub["nama"], rupiah(sub["murni"], style),
                                 rupiah(sub["perubahan"], style), rupiah(sub["realisasi"], rng.randrange(4)),
                                 "", "", dana))
    files["anggaran.csv"] = "\n".join(lines) + "\n"

    # program indicators
    for prog in programs:
        indicators.append(dict(kode="IP-" + prog["kode"], induk=prog["kode"], level="program", negatif=False,
                               unit="%", nama="Persentase capaian sasaran " + prog["nama"][8:], formula=""))

    # indicator values
    for ind in indicators:
        t, r, tp, rp = make_value(rng, ind["unit"], ind["negatif"])
        ind.update(t=t, r=r, tp=tp, rp=rp)
        ind["pb"] = None
        if ind["level"] == "sasaran" and ind["unit"] == "%" and not ind["negatif"] and rng.random() < 0.4:
            # realisasi through pembilang / penyebut, for N and N-1
            q = rng.randint(40, 15000)
            p = max(1, round(q * float(r) / 100))
            q1 = max(10, round(q * rng.uniform(0.85, 1.0)))
            p1 = max(0, min(q1, round(q1 * float(rp) / 100)))
            ind["pb"] = (p, q, p1, q1)
            ind["r"] = Fraction(p * 100, q)
            ind["rp"] = Fraction(p1 * 100, q1)
            ind["write_r"] = rng.random() < 0.5  # also write the rounded realisasi beside them
        ind["revised"] = ind["level"] == "sasaran" and rng.random() < 0.15
        if ind["revised"]:
            ind["t0"] = Fraction(round(float(ind["t"]) * rng.uniform(0.9, 1.1) * 100), 100) or ind["t"]
        # Renstra targets: a gentle trend through t at year N
        step = float(ind["t"]) * rng.uniform(0.0, 0.05) * (-1 if ind["negatif"] else 1)
        ind["renstra"] = {}
        for y in years:
            v = float(ind["t"]) + step * (y - N)
            ind["renstra"][y] = Fraction(round(max(v, 0.01) * 100), 100)
        ind["kondisi_awal"] = Fraction(round(float(ind["renstra"][awal]) * rng.uniform(0.8, 1.0) * 100), 100)
        ind["range_last"] = ind["level"] == "sasaran" and rng.random() < 0.05 and len(years) > 1

    lines = ["kode;induk;nama;satuan;arah;formula;bobot;target_nasional;keterangan_nasional",
             "# induk: tujuan (IT), sasaran (IKU) atau program (IP)"]
    for ind in indicators:
        nas = ""
        ket = ""
        if ind["level"] == "sasaran":
            if rng.random() < 0.2:
                nas = plain_decimal(ind["t"] * Fraction(rng.randint(90, 110), 100), 2)
                ket = "RPJMN 2020-2024"
            else:
                ket = "Tidak ada target nasional yang berhubungan langsung"
        bobot = str(rng.randint(1, 5)) if ind["level"] == "sasaran" else ""
        lines.append(row(ind["kode"], ind["induk"], ind["nama"], ind["unit"],
                         "negatif" if ind["negatif"] else "positif", ind["formula"], bobot, nas, ket))
    files["indikator.csv"] = "\n".join(lines) + "\n"

    lines = ["kode;kondisi_awal;" + ";".join(str(y) for y in years)]
    for ind in indicators:
        cells = []
        for y in years:
            v = ind["renstra"][y]
            if ind["level"] == "program" and y != N:
                cells.append("-")
            elif ind["range_last"] and y == akhir and y != N:
                cells.append("%s - %s" % (plain_decimal(v, 2), plain_decimal(v * Fraction(11, 10), 2)))
            else:
                cells.append(plain_decimal(v, 2))
        ka = "" if ind["level"] == "program" else plain_decimal(ind["kondisi_awal"], 2)
        lines.append(row(ind["kode"], ka, *cells))
    files["renstra.csv"] = "\n".join(lines) + "\n"

    lines = ["tahun;revisi;tanggal;kode;target"]
    for ind in indicators:
        if ind["level"] != "sasaran":
            continue
        lines.append(row(N - 1, 0, "%d-01-31" % (N - 1), ind["kode"], plain_decimal(ind["tp"], 2)))
    for ind in indicators:
        if ind["level"] != "sasaran":
            continue
        first = ind["t0"] if ind["revised"] else ind["t"]
        unit = " %" if ind["unit"] == "%" and rng.random() < 0.3 else ""
        lines.append(row(N, 0, "%d-01-31" % N, ind["kode"], plain_decimal(first, 2) + unit))
    for ind in indicators:
        if ind["revised"]:
            lines.append(row(N, 1, "%d-09-25" % N, ind["kode"], plain_decimal(ind["t"], 2)))
    files["perjanjian_kinerja.csv"] = "\n".join(lines) + "\n"

    lines = ["kode;tahun;realisasi;pembilang;penyebut;catatan"]
    for ind in indicators:
        for year, key, pb_idx in ((N - 1, "rp", 2), (N, "r", 0)):
            if ind["level"] == "program" and year != N:
                continue
            if ind["pb"]:
                p, q = ind["pb"][pb_idx], ind["pb"][pb_idx + 1]
                real = plain_decimal(Fraction(p * 100, q), 2) if ind["write_r"] else ""
                lines.append(row(ind["kode"], year, real, p, q, "%d dari %d" % (p, q)))
            else:
                lines.append(row(ind["kode"], year, plain_decimal(ind[key], 2), "", "", ""))
    files["realisasi.csv"] = "\n".join(lines) + "\n"

    # belanja: operasi + modal = program totals, pagu and realisasi
    total_pagu = sum(p["perubahan"] for p in programs)
    total_real = sum(p["realisasi"] for p in programs)
    modal_pagu = total_pagu * rng.randint(3, 15) // 100
    modal_real = modal_pagu * total_real // total_pagu if total_pagu else 0
    style = rng.randrange(4)
    files["belanja.csv"] = "\n".join([
        "jenis;pagu;realisasi",
        "# jumlah pagu = jumlah pagu perubahan program; jumlah realisasi = jumlah realisasi program",
        row("operasi", rupiah(total_pagu - modal_pagu, style), rupiah(total_real - modal_real, style)),
        row("modal", rupiah(modal_pagu, style), rupiah(modal_real, style)),
    ]) + "\n"

    # printed figures: (tabel, objek, besaran, tahun, exact value, kind)
    figs = []
    iku_list = [i for i in indicators if i["level"] == "sasaran"]
    figs.append(("teks:Ringkasan", "opd", "jumlah_tujuan", N, len(tujuan), "int"))
    figs.append(("teks:Ringkasan", "opd", "jumlah_sasaran", N, len(sasaran), "int"))
    figs.append(("teks:Ringkasan", "opd", "jumlah_iku", N, len(iku_list), "int"))
    figs.append(("teks:Ringkasan", "opd", "jumlah_program", N, len(programs), "int"))
    figs.append(("teks:Ringkasan", "opd", "jumlah_kegiatan", N, kegiatan_count, "int"))
    figs.append(("teks:Ringkasan", "opd", "jumlah_sub_kegiatan", N, len(sub_items), "int"))
    figs.append(("teks:Ringkasan", "total", "pagu_perubahan", N, total_pagu, "money"))
    for ind in iku_list:
        figs.append(("1.1", ind["kode"], "target", N, ind["t"], "pct"))
    for ind in iku_list:
        c = capaian_of(ind["t"], ind["r"], ind["negatif"])
        figs.append(("3.1.1", ind["kode"], "target", N, ind["t"], "pct"))
        figs.append(("3.1.1", ind["kode"], "realisasi", N, ind["r"], "pct"))
        figs.append(("3.1.1", ind["kode"], "capaian", N, c, "pct"))
        figs.append(("3.1.1", ind["kode"], "predikat", N, label(c, PREDIKAT, True), "predikat"))
        figs.append(("1.3", ind["kode"], "atribut", N, label(c, ATRIBUT, False), "atribut"))
    for ind in iku_list:
        figs.append(("3.2.1", ind["kode"], "realisasi", N - 1, ind["rp"], "pct"))
        figs.append(("3.2.1", ind["kode"], "capaian", N - 1, capaian_of(ind["tp"], ind["rp"], ind["negatif"]), "pct"))
        if ind["pb"]:
            figs.append(("lampiran:pengukuran", ind["kode"], "pembilang", N, ind["pb"][0], "int"))
            figs.append(("lampiran:pengukuran", ind["kode"], "penyebut", N, ind["pb"][1], "int"))
    for ind in iku_list:
        for y in years:
            if ind["range_last"] and y == akhir and y != N:
                continue
            figs.append(("lampiran:renstra", ind["kode"], "target_renstra", y, ind["renstra"][y], "pct"))
    for prog in programs:
        figs.append(("2.4.2", prog["kode"], "pagu_murni", N, prog["murni"], "money"))
    for prog in programs:
        figs.append(("3.5.1", prog["kode"], "pagu", N, prog["perubahan"], "money"))
        figs.append(("3.5.1", prog["kode"], "realisasi_anggaran", N, prog["realisasi"], "money"))
        figs.append(("3.5.1", prog["kode"], "serapan", N, Fraction(prog["realisasi"] * 100, prog["perubahan"]), "pct"))
    figs.append(("3.5.1", "total", "pagu", N, total_pagu, "money"))
    figs.append(("3.5.1", "total", "realisasi_anggaran", N, total_real, "money"))
    for sub in sub_items:
        figs.append(("teks:3.7", sub["kode"], "pagu", N, sub["perubahan"], "money"))
        figs.append(("teks:3.7", sub["kode"], "realisasi_anggaran", N, sub["realisasi"], "money"))
        figs.append(("teks:3.7", sub["kode"], "serapan", N, Fraction(sub["realisasi"] * 100, sub["perubahan"]), "pct"))
    figs.append(("teks:3.5", "belanja:modal", "pagu", N, modal_pagu, "money"))

    # a deterministic few are printed wrong: about 1 in 60, at least one
    n_wrong = max(1, len(figs) // 60)
    wrong = set(rng.sample(range(len(figs)), min(n_wrong, len(figs))))
    lines = ["tabel;halaman;objek;besaran;tahun;nilai;catatan",
             "# Angka tercetak sintetis (bench/generate.py): sebagian kecil sengaja salah"]
    page_of = {}
    page = 1
    for i, (tabel, objek, besaran, tahun, value, kind) in enumerate(figs):
        if tabel not in page_of:  # a page per table, in the order the tables first appear
            page += rng.randint(1, 4)
            page_of[tabel] = page
        text, note = printed(value, kind, rng, i in wrong)
        lines.append(row(tabel, page_of[tabel], objek, besaran, tahun, text, "L%d%s" % (i + 10, note)))
    files["angka_tercetak.csv"] = "\n".join(lines) + "\n"
    return files


def printed(value, kind, rng, wrong):
    """The figure as text; when `wrong`, one of the usual mistakes of a draft."""
    if kind in ("predikat", "atribut"):
        if not wrong:
            return value, ""
        names = [n for _, n in PREDIKAT] + ["Sangat Rendah"] if kind == "predikat" else \
            [n for _, n in ATRIBUT] + ["Tidak Berhasil"]
        return rng.choice([n for n in names if n != value]), ", salah cetak (sintetis)"
    if kind == "int":
        if not wrong:
            return str(value) if value < 1000 else ribuan(value), ""
        return ribuan(value + rng.choice([-1, 1, 10])), ", salah cetak (sintetis)"
    if kind == "money":
        if not wrong:
            return rupiah(value, rng.randrange(3)), ""
        mistake = rng.randrange(2)
        if mistake == 0:
            return rupiah(value + rng.choice([1, -1]) * rng.choice([1000, 1_000_000]), 1), ", salah cetak (sintetis)"
        s = ribuan(value)
        return "Rp." + s.replace(".", ",", 1), ", koma untuk titik (sintetis)"
    # pct
    if not wrong:
        return id_number(value, 2) + rng.choice(["", "%", " %"]), ""
    mistake = rng.randrange(3)
    if mistake == 0:  # truncated instead of rounded (pembulatan) or digits swapped
        s = id_number(value, 2)
        whole, _, frac = s.partition(",")
        if len(frac) == 2 and frac[0] != frac[1]:
            return whole + "," + frac[::-1] + "%", ", digit tertukar (sintetis)"
        return id_number(value + 1, 2) + "%", ", salah cetak (sintetis)"
    if mistake == 1:
        return id_number(value, 2).replace(",", ".") + "%", ", titik untuk koma (sintetis)"
    return id_number(value * Fraction(rng.choice([9, 11]), 10), 2) + "%", ", salah hitung (sintetis)"


# --- main --------------------------------------------------------------------------------------------


def write_opd(job):
    index, seed, n_iku, n_sub, n_years, folder = job
    files = generate_opd(index, seed, n_iku, n_sub, n_years)
    os.mkdir(folder)
    for name in sorted(files):
        with open(os.path.join(folder, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(files[name])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--opd", type=int, default=1, help="number of OPD folders (default 1)")
    ap.add_argument("--iku", type=int, default=30, help="IKU per OPD (default 30)")
    ap.add_argument("--sub-kegiatan", type=int, default=60, help="sub kegiatan per OPD in total (default 60)")
    ap.add_argument("--years", type=int, default=6, help="years of the Renstra period, 1-11 (default 6)")
    ap.add_argument("--seed", default="1", help="seed (any string; default 1)")
    ap.add_argument("-j", "--jobs", type=int, default=min(2, os.cpu_count() or 1),
                    help="worker processes (default min(2, CPUs)); the output does not depend on it")
    a = ap.parse_args(argv)
    if a.opd < 1 or a.iku < 1 or a.sub_kegiatan < 1:
        ap.error("--opd, --iku and --sub-kegiatan must be at least 1")
    if not 1 <= a.years <= 11:
        ap.error("--years must be 1..11 (lkjip refuses a Renstra period over 10 years apart)")
    width = max(4, len(str(a.opd)))
    os.makedirs(a.outdir, exist_ok=True)
    for name in sorted(os.listdir(a.outdir)):  # stale folders of an earlier, larger run
        path = os.path.join(a.outdir, name)
        if re.fullmatch(r"opd-\d+", name) and os.path.isdir(path):
            shutil.rmtree(path)
    jobs = [(i, a.seed, a.iku, a.sub_kegiatan, a.years, os.path.join(a.outdir, "opd-%0*d" % (width, i)))
            for i in range(1, a.opd + 1)]
    if a.jobs > 1 and a.opd > 1:
        import multiprocessing
        with multiprocessing.Pool(min(a.jobs, a.opd)) as pool:
            for _ in pool.imap_unordered(write_opd, jobs, chunksize=max(1, a.opd // (8 * a.jobs))):
                pass
    else:
        for job in jobs:
            write_opd(job)
    return 0


if __name__ == "__main__":
    sys.exit(main())
