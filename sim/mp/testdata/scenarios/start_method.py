# methods: default
# The default start method is chosen lazily; after that set_start_method()
# raises unless force=True.
import os
import multiprocessing as mp

if __name__ == '__main__':
    print(mp.get_all_start_methods(), mp.cpu_count() == os.cpu_count())
    print(mp.get_start_method(allow_none=True))
    print(mp.get_start_method())
    try:
        mp.set_start_method('spawn')
    except RuntimeError as e:
        print('RuntimeError:', e)
    mp.set_start_method('spawn', force=True)
    print(mp.get_start_method(), mp.get_context('fork').get_start_method())
    try:
        mp.get_context('thread')
    except ValueError as e:
        print('ValueError:', e)
