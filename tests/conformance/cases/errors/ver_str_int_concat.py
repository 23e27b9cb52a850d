# pyco: versions=all
age = 30
message = "age: " + age
