import threading

pair = ""

def find():
    global pair
    for a in range(1, 5):
        for b in range(1, 5):
            if a * b == 6:
                pair = f"{a}x{b}"
                break
        if pair:
            break

t = threading.Thread(target=find)
t.start()
t.join()
