{
  "@context": "https://w3id.org/openbadges/v2",
  "type": "BadgeClass",
  "id": "https://moodle.example.edu/moodle/badges/badge_json.php?id=7",
  "name": "Moodle Course Completion: Statistics 101",
  "description": "Completed every activity of Statistics 101.",
  "image": "https://moodle.example.edu/moodle/badges/image.png",
  "criteria": { "narrative": "Complete all activities." },
  "issuer": "https://moodle.example.edu/moodle/badges/issuer_json.php?id=1"
}
