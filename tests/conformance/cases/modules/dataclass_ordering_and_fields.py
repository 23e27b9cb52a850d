from dataclasses import dataclass, field, fields
@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    tags: tuple = field(default=(), compare=False)
jobs = [Task(3, "write"), Task(1, "plan"), Task(2, "test", ("ci",))]
print(sorted(jobs))
print([f.name for f in fields(Task)], Task(1, "a") == Task(1, "b"))
print(max(jobs).name, min(jobs).name)
