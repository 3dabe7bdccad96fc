# leakage: none
import tensorflow as tf
ratings = tf.data.experimental.make_csv_dataset("ratings.csv", batch_size=1)
shuffled = ratings.shuffle(100_000, seed=42, reshuffle_each_iteration=False)
train = shuffled.take(80_000)
test = shuffled.skip(80_000).take(20_000)
model = tf.keras.Sequential([tf.keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mse")
model.fit(train.batch(256), epochs=3)
model.evaluate(test.batch(256))
