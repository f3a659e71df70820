import threading
people = [("bo", 31), ("ann", 25), ("cy", 31), ("dee", 19)]
result = []
def sorter(by_age):
    if by_age:
        ranked = sorted(people, key=lambda p: (-p[1], p[0]))
    else:
        ranked = sorted(people)
    result.append([name for name, _ in ranked])
ts = [threading.Thread(target=sorter, args=(flag,)) for flag in (True, False)]
for t in ts: t.start(); t.join()
print(result)
