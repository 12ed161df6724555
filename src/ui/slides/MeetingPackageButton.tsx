// "Đóng gói trình chiếu": filled in with the meeting package (part B of issue 11).
export function MeetingPackageButton() {
  return null;
}
