// A KIP-848 consumer (group.protocol=consumer) subscribed with a broker-side regex
// (SubscriptionPattern, RE2/J syntax): the group coordinator resolves the regex and assigns the
// topics. Run in source-file mode (`java -cp <kafka jars> RegexConsumer.java ...`) by
// test/integration/policy-reference-java.test.ts.
//
// Arguments: client properties file, regex, group id, records to wait for, timeout in ms.
// Prints, once done: `assigned: <topics, sorted, or (none)>`, `records: <topic:value, sorted, or
// (none)>` and, when polling failed, `error: <exception class>`. After the wanted records arrived it
// keeps polling a few seconds more, so that records of any other assigned topic would show too.

import java.io.FileInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.SubscriptionPattern;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

public class RegexConsumer {
  private static final long LINGER_AFTER_WANTED_MS = 4_000;

  public static void main(String[] args) throws Exception {
    Properties props = new Properties();
    try (FileInputStream in = new FileInputStream(args[0])) {
      props.load(in);
    }
    String regex = args[1];
    int wanted = Integer.parseInt(args[3]);
    long deadline = System.currentTimeMillis() + Long.parseLong(args[4]);
    props.put("group.id", args[2]);
    props.put("group.protocol", "consumer");
    props.put("auto.offset.reset", "earliest");
    props.put("key.deserializer", StringDeserializer.class.getName());
    props.put("value.deserializer", StringDeserializer.class.getName());
    List<String> records = new ArrayList<>();
    TreeSet<String> assigned = new TreeSet<>();
    String error = null;
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
      consumer.subscribe(new SubscriptionPattern(regex));
      long stopAt = deadline;
      while (System.currentTimeMillis() < stopAt) {
        try {
          for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
            records.add(r.topic() + ":" + r.value());
          }
        } catch (KafkaException e) {
          error = e.getClass().getSimpleName();
          break;
        }
        for (TopicPartition tp : consumer.assignment()) assigned.add(tp.topic());
        if (records.size() >= wanted && stopAt == deadline) {
          stopAt = Math.min(deadline, System.currentTimeMillis() + LINGER_AFTER_WANTED_MS);
        }
      }
    }
    Collections.sort(records);
    System.out.println("assigned: " + (assigned.isEmpty() ? "(none)" : String.join(",", assigned)));
    System.out.println("records: " + (records.isEmpty() ? "(none)" : String.join(",", records)));
    if (error != null) System.out.println("error: " + error);
  }
}
