{
  "@context": "https://w3id.org/openbadges/v2",
  "type": "Issuer",
  "id": "https://moodle.example.edu/moodle/badges/issuer_json.php?id=1",
  "name": "Example University Moodle",
  "url": "https://moodle.example.edu/moodle/",
  "email": "badges@moodle.example.edu"
}
