<?php
/**
 * Uninstall: the plugin stores no settings, user data or files outside its folder, which
 * WordPress deletes. In case an earlier or later release kept something, every option,
 * transient and user or post meta named nato_viz* goes too. Posts keep their content: blocks
 * and shortcodes then show nothing, pasted tags stay (see readme.txt).
 *
 * @package NatoViz
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

global $wpdb;
$nato_viz_like = $wpdb->esc_like( 'nato_viz' ) . '%';
$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s OR option_name LIKE %s", $nato_viz_like, '_transient_' . $nato_viz_like, '_transient_timeout_' . $nato_viz_like ) );
$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->usermeta} WHERE meta_key LIKE %s", $nato_viz_like ) );
$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->postmeta} WHERE meta_key LIKE %s", $nato_viz_like ) );
wp_cache_flush();
