# pyco: versions=3.11+
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field

def validate(user):
    if not user.get("email"):
        raise ValidationError("email", "is required")

validate({"email": "a@b.c"})
print("first user ok")
validate({"name": "x"})
