import heapq
h = []
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A')]:
    heapq.heappush(h, item)
order = [heapq.heappop(h)[1] for _ in range(4)]
print(order)
