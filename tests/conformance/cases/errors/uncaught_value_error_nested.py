# pyco: versions=3.7,3.10,3.11,3.13
def parse_age(text):
    return int(text)

def make_person(name, age_text):
    return {"name": name, "age": parse_age(age_text)}

people = [make_person("ann", "31"), make_person("bob", "thirty")]
print(people)
