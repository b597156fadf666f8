"""Surnames as spelt (Kinh and the ethnic groups), to find names and to split a unit name from a
person's name that follows it. Spelling matters: "Đoàn" is a surname, "Đoạn" is not."""

from __future__ import annotations

SURNAMES = frozenset(
    [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
        "Ngô", "Dương", "Lý", "Lương", "Nông", "Vi", "Lộc", "Triệu", "Mã", "Hà", "Chu", "Đinh", "Tô",
        "Lâm", "Đào", "Trịnh", "Đoàn", "Lò", "Lù", "Sùng", "Giàng", "Vàng", "Hứa", "Lăng", "Mạc", "Thân",
        "Tạ", "Quách", "Kiều", "Khổng", "La", "Lưu", "Tăng", "Hầu", "Thào", "Mùa", "Sầm", "Lục", "Ninh",
        "Đàm", "Châu", "Tống", "Thái", "Lại", "Âu", "Khúc", "Bạch", "Vương", "Giáp", "Cù", "Phùng",
        "Quan", "Diệp", "Tiêu", "Kim", "Ông", "Thạch", "Tôn", "Nghiêm", "Tất", "Cầm", "Liêu", "Lã",
        "Nịnh", "Chẩu", "Mông", "Doãn", "Lành", "Vy", "Dư", "Từ", "Tòng", "Lầu", "Hạng", "Sình", "Chảo",
        "Bàn", "Triệu", "Đèo", "Quàng", "Lường", "Hà", "Mai", "Cao",
        # Surnames of the northern mountain and Central Highlands peoples (Tày, Nùng, Thái, Mông, Dao,
        # Ê Đê, Gia Rai, …), seen in the genre's officials.
        "Ma", "Bế", "Ngần", "Điêu", "Bạc", "Vừ", "Tráng", "Cứ", "Tẩn", "Phàn", "Lìu", "Ksor", "Siu",
        "Rơ", "Nay", "Điểu", "Kpă", "Y", "Lô", "Lữ", "Hủa",
        # Khmer surnames of the Mekong provinces.
        "Chau", "Danh", "Néang",
    ]
)  # fmt: skip
