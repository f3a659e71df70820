import threading
import time

scores = {"ann": 1, "bob": 5}
board = []


def rescore():
    scores["ann"] = 9
    time.sleep(0)
    scores["bob"] = 0


def report():
    board.append(sorted(scores.items(), key=lambda kv: -kv[1])[0][0])


threads = [threading.Thread(target=rescore), threading.Thread(target=report)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(board)
