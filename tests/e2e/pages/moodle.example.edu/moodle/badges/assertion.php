{
  "@context": "https://w3id.org/openbadges/v2",
  "type": "Assertion",
  "id": "https://moodle.example.edu/moodle/badges/assertion.php?b=3f2a9c0b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a&obversion=2",
  "recipient": { "type": "email", "hashed": true, "salt": "moodle", "identity": "sha256$0f4b3a1e9d8c7b6a5f4e3d2c1b0a99887766554433221100ffeeddccbbaa9988" },
  "badge": "https://moodle.example.edu/moodle/badges/badge_json.php?id=7",
  "verification": { "type": "HostedBadge" },
  "issuedOn": "2025-06-30T09:00:00+00:00"
}
