NUMS = [3, 1, 2]
x = 0
NUMS.sort()
x = NUMS[0]
