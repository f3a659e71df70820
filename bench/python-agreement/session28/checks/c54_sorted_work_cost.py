import time

data = [(i * 7919) % 10007 for i in range(50_000)]
start = time.sleep(0.02)
ordered = sorted(data)
smallest = ordered[0]
print(smallest)
