# a dict attribute written with a value read from a global other threads change (value read before the attribute)
import threading

ticks = 0
lock = threading.Lock()


class Board:
    _instance = None

    def __init__(self, scores={}):
        self.scores = scores

    @classmethod
    def get(cls):
        if cls._instance is None:
            cls._instance = Board({})
        return cls._instance


def tick():
    global ticks
    ticks += 1


def record(name):
    board = Board.get()
    board.scores[name] = ticks


Board.get()
threads = [threading.Thread(target=tick), threading.Thread(target=record, args=("x",))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("scores", Board.get().scores["x"], "ticks", ticks)
