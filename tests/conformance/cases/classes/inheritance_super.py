class Animal:
    def __init__(self, name):
        self.name = name
        print("Animal init", name)
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"[{type(self).__name__}] {self.speak()}"

class Dog(Animal):
    def __init__(self, name, trick):
        super().__init__(name)
        self.trick = trick
        print("Dog init", trick)
    def speak(self):
        return super().speak() + " (woof)"

class Puppy(Dog):
    def speak(self):
        return super().speak().replace("woof", "yip")

for a in (Animal("generic"), Dog("rex", "roll"), Puppy("bit", "sit")):
    print(a.describe())
print(Puppy.__mro__ == (Puppy, Dog, Animal, object), [c.__name__ for c in Puppy.__mro__])
print(isinstance(Puppy("p", "t"), Animal), issubclass(Dog, Puppy))
