# check: the text of exceptions Python raises itself (KeyError keeps quotes)
import threading

texts = []


def work():
    d = {}
    d["a"] = 1
    items = [1]
    for key in ("a", "b"):
        try:
            texts.append(str(d[key]))
        except KeyError as e:
            texts.append(str(e))
    try:
        items[3]
    except IndexError as e:
        texts.append(str(e))
    try:
        x = 1 // (len(items) - 1)
    except ZeroDivisionError as e:
        texts.append(str(e))


t = threading.Thread(target=work)
t.start()
t.join()
