import sys
stmt, val = sys.argv[1], sys.argv[2]
print(f'''import queue
import threading

out = []
inbox = queue.Queue()


def worker():
    x = inbox.get()
    try:
        {stmt}
        out.append("ok")
    except ValueError as e:
        out.append("ValueError: " + str(e))
    except TypeError as e:
        out.append("TypeError: " + str(e))
    except ZeroDivisionError as e:
        out.append("ZeroDivisionError: " + str(e))


inbox.put({val})
t = threading.Thread(target=worker)
t.start()
t.join()
print(out)
''')
