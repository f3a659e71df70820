"""Integer semantics: negative floor division and modulo, divmod, bool arithmetic, big powers."""
import threading

values = []


def compute():
    values.append(-7 // 2)
    values.append(-7 % 3)
    values.append(7 % -3)
    q, r = divmod(-17, 5)
    values.append(q)
    values.append(r)
    values.append(True + True)
    values.append(2 ** 10)
    values.append(abs(-4) * -1)
    values.append(int("-42"))
    values.append(round(7 / 2))
    values.append(round(5 / 2))


if __name__ == "__main__":
    t = threading.Thread(target=compute)
    t.start()
    t.join()
