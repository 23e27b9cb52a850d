line = "  10, 20 ,30  "
nums = [int(p) for p in line.split(",")]
print(nums, sum(nums), max(nums))
print(list(map(int, "1 2 3".split())), "-".join(sorted("c,a,b".split(","))))
