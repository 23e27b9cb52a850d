import string
print(string.ascii_lowercase, string.ascii_uppercase[:5], string.digits, string.punctuation[:10])
t = string.Template("$who likes ${what}!")
print(t.substitute(who="Sam", what="jam"), t.safe_substitute(who="Al"))
print(string.capwords("hello   wide world"))
