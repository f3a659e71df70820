import threading

left = 1
right = 2


def swap():
    global left, right
    for _ in range(3):
        left, right = right, left


threads = [threading.Thread(target=swap) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(left, right)
