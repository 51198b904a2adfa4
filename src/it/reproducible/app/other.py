print('second')
