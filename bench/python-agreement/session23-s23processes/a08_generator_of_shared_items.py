import threading

slots = [0, 0, 0, 0]
biggest = -1
lowest = 0


def fill():
    for i in range(4):
        slots[i] = i + 1


def main():
    global biggest, lowest
    t = threading.Thread(target=fill)
    t.start()
    t.join()
    biggest = max(slots[i] for i in range(4))
    lowest = min(slots[i] * -1 for i in range(4))


main()
print(biggest, lowest)
