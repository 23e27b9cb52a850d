from collections import ChainMap, UserDict, UserList
defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm), cm.maps[0] is user)
cm["new"] = 1
print(user, defaults)
child = cm.new_child({"color": "blue"})
print(child["color"], child.parents["color"])
class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
d = LowerDict()
d["KEY"] = 1
d["Other"] = 2
print(d, "key" in d, list(d))
class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([1])
s.push(2)
print(s, len(s), s[-1])
